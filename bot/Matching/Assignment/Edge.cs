namespace ConnectorBot.Matching.Assignment;

/// <summary>A candidate intro between members U &lt; V (indices into the round's sorted profiles).</summary>
internal readonly record struct Edge(int U, int V, double Weight)
{
    public int Other(int member) => member == U ? V : U;
}
