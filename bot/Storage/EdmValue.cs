using System.Globalization;

namespace ConnectorBot.Storage;

/// <summary>
/// The Edm types a property can hold, and the conversion of .NET values to the one canonical
/// representation each store keeps (so both stores round-trip the same values exactly).
/// </summary>
public static class EdmValue
{
    public const string Int64 = "Edm.Int64";
    public const string Double = "Edm.Double";
    public const string DateTime = "Edm.DateTime";
    public const string Guid = "Edm.Guid";
    public const string Binary = "Edm.Binary";
    public const string String = "Edm.String";
    public const string Boolean = "Edm.Boolean";
    public const string Int32 = "Edm.Int32";

    /// <summary>Returns the canonical value, or null for a null (which tables do not store).</summary>
    public static object? Normalize(string propertyName, object? value) => value switch
    {
        null => null,
        // The SDK writes JSON numbers only, so NaN and the infinities cannot reach Azure: refused on both stores alike.
        double d when !double.IsFinite(d) => throw new ArgumentException($"Property '{propertyName}' is not a finite number, which table storage cannot hold."),
        float f when !float.IsFinite(f) => throw new ArgumentException($"Property '{propertyName}' is not a finite number, which table storage cannot hold."),
        string or bool or int or long or double or System.Guid or byte[] => value,
        DateTimeOffset d => d.ToUniversalTime(),
        System.DateTime d => new DateTimeOffset(d.Kind == DateTimeKind.Unspecified ? System.DateTime.SpecifyKind(d, DateTimeKind.Utc) : d.ToUniversalTime()),
        float f => (double)f,
        short or byte or sbyte or ushort => Convert.ToInt32(value, CultureInfo.InvariantCulture),
        uint u => (long)u,
        BinaryData b => b.ToArray(),
        Enum e => e.ToString(),
        _ => throw new ArgumentException($"Property '{propertyName}' has type {value.GetType().Name}, which table storage cannot hold."),
    };

    /// <summary>Property names follow C# identifier rules, as the service's do.</summary>
    public static bool IsPropertyName(string name) => Embedded.EntityLimits.IsValidName(name);

    /// <summary>The Edm type name of a canonical value.</summary>
    public static string TypeOf(object value) => value switch
    {
        string => String,
        bool => Boolean,
        int => Int32,
        long => Int64,
        double => Double,
        DateTimeOffset => DateTime,
        System.Guid => Guid,
        byte[] => Binary,
        _ => throw new ArgumentException($"{value.GetType().Name} is not a canonical Edm value."),
    };

    /// <summary>The wire text of a DateTime: UTC with all seven fractional digits, as the service keeps it.</summary>
    public static string FormatDateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseDateTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
