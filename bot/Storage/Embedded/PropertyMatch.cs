using System.Globalization;

using Azure.Data.Tables;

namespace ConnectorBot.Storage.Embedded;

/// <summary>
/// A property condition checked the way the Table service does: the value must have the property's
/// Edm type ("2" never matches an Int64, 2L never an Int32); only Int32 and Double mix, numerically, as
/// both are plain JSON numbers. Strings compare ordinally; a missing property matches nothing.
/// </summary>
public static class PropertyMatch
{
    public static bool Holds(PropertyCondition condition, TableEntity entity) =>
        entity.TryGetValue(condition.Property, out var value)
        && value is not null
        && Compare(value, condition.Value) is { } sign
        && condition.Comparison switch
        {
            Comparison.Equal => sign == 0,
            Comparison.AtLeast => sign >= 0,
            Comparison.Below => sign < 0,
            _ => false,
        };

    /// <summary>The sign of stored − wanted, or null when the two cannot be compared.</summary>
    private static int? Compare(object stored, object wanted) => (stored, wanted) switch
    {
        (string a, string b) => Math.Sign(string.CompareOrdinal(a, b)),
        (bool a, bool b) => a.CompareTo(b),
        (DateTimeOffset a, DateTimeOffset b) => a.UtcTicks.CompareTo(b.UtcTicks),
        (Guid a, Guid b) => Math.Sign(string.CompareOrdinal(a.ToString("D"), b.ToString("D"))),
        (byte[] a, byte[] b) => Math.Sign(a.AsSpan().SequenceCompareTo(b)),
        (int a, int b) => a.CompareTo(b),
        (long a, long b) => a.CompareTo(b),
        (int or double, int or double) => CompareDoubles(Convert.ToDouble(stored, CultureInfo.InvariantCulture), Convert.ToDouble(wanted, CultureInfo.InvariantCulture)),
        _ => null,
    };

    // NaN equals nothing and orders nowhere: no comparison with it holds.
    private static int? CompareDoubles(double a, double b) => double.IsNaN(a) || double.IsNaN(b) ? null : a.CompareTo(b);
}
