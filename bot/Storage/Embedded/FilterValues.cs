namespace ConnectorBot.Storage.Embedded;

/// <summary>
/// Compares a stored property with a filter literal the way the Table service does: the literal must
/// have the property's Edm type ("2" never matches an Int64, "2L" never an Int32); only Int32 and
/// Double mix, numerically, as both are plain JSON numbers. Strings compare ordinally.
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
        (int a, int b) => a.CompareTo(b),
        (long a, long b) => a.CompareTo(b),
        (int or double, int or double) => CompareDoubles(Convert.ToDouble(property, System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(literal, System.Globalization.CultureInfo.InvariantCulture)),
        _ => null,
    };

    // NaN equals nothing and orders nowhere: no comparison with it holds.
    private static int? CompareDoubles(double a, double b) => double.IsNaN(a) || double.IsNaN(b) ? null : a.CompareTo(b);
}
