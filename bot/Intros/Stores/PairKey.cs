using ConnectorBot.Storage;

namespace ConnectorBot.Intros.Stores;

/// <summary>A pair of members as one RowKey: the two ids sorted ordinally, escaped, joined by "|" (so (a, b) and (b, a) are one row).</summary>
public readonly record struct PairKey(string A, string B)
{
    public static PairKey Of(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return string.CompareOrdinal(a, b) <= 0 ? new(a, b) : new(b, a);
    }

    public string RowKey => TableKey.Escape(A) + "|" + TableKey.Escape(B);
}
