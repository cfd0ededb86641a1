namespace ConnectorBot.Matching.Asking;

/// <summary>Cosines of one vector with a background as running sums, so one of them can be left out exactly.</summary>
internal readonly record struct Backdrop(double Sum, double Squares, int Count)
{
    public Backdrop With(double cosine) => new(Sum + cosine, Squares + (cosine * cosine), Count + 1);

    public Backdrop Without(double cosine) => new(Sum - cosine, Squares - (cosine * cosine), Count - 1);

    public double Mean => Count < 1 ? 0 : Sum / Count;

    public double Variance => Count < 1 ? 0 : Math.Max(0, (Squares / Count) - (Mean * Mean));

    /// <summary>How many spreads <paramref name="cosine"/> stands above this background (0 when there is none).</summary>
    public double Z(double cosine, double floor) => Count < 1 ? 0 : (cosine - Mean) / Math.Max(Math.Sqrt(Variance), floor);
}
