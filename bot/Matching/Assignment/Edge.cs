namespace ConnectorBot.Matching.Assignment;

/// <summary>A candidate intro between members U &lt; V (indices into the round's sorted profiles).</summary>
public readonly record struct Edge(int U, int V, double Weight)
{
    public int Other(int member) => member == U ? V : U;

    /// <summary>Heaviest first, then by U and V: one total order, so every sort of edges comes out the same.</summary>
    public static int HeaviestFirst(Edge x, Edge y)
    {
        var byWeight = y.Weight.CompareTo(x.Weight);
        return byWeight != 0 ? byWeight : x.U != y.U ? x.U.CompareTo(y.U) : x.V.CompareTo(y.V);
    }
}
