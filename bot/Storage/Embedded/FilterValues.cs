namespace ConnectorBot.Storage.Embedded;

/// <summary>
/// Compares a stored property with a filter literal the way the Table service does: same Edm type
/// (numbers of any width compare numerically), strings ordinally; anything else is not comparable.
/// </summary>
internal static class FilterValues
{
    /// <summary>The sign of property − literal, or null when the two cannot be compared.</summary>
    public static int? Compare(object property, object literal) => (property, literal) switch
    {
        (string a, string b) => Math.Sign(string.CompareOrdinal(a, b)),
        (bool a, bool b) => a.CompareTo(b),
        (DateTimeOffset a, DateTimeOffset b) => a.UtcTicks.CompareTo(b.UtcTicks),
        (Guid a, Guid b) => Math.Sign(string.CompareOrdinal(a.ToString("D"), b.ToString("D"))),
        (byte[] a, byte[] b) => Math.Sign(a.AsSpan().SequenceCompareTo(b)),
        (int or long, int or long) => Convert.ToInt64(property).CompareTo(Convert.ToInt64(literal)),
        (int or long or double, int or long or double) => CompareDoubles(Convert.ToDouble(property), Convert.ToDouble(literal)),
        _ => null,
    };

    // NaN equals nothing and orders nowhere: no comparison with it holds.
    private static int? CompareDoubles(double a, double b) => double.IsNaN(a) || double.IsNaN(b) ? null : a.CompareTo(b);
}
