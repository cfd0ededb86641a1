using System.Globalization;
using System.Text;

namespace ConnectorBot.Storage;

/// <summary>
/// Builds OData $filter text with every interpolated value written as a typed, escaped literal,
/// so a value can never change the shape of the filter (mirrors Azure.Data.Tables.TableOdataFilter).
/// </summary>
public static class TableOdataFilter
{
    public static string Create(FormattableString filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var arguments = filter.GetArguments().Select(Literal).ToArray<object?>();
        return string.Format(CultureInfo.InvariantCulture, filter.Format, arguments);
    }

    public static string Literal(object? value) => value switch
    {
        null => throw new ArgumentException("Table filters cannot compare with null."),
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        double d => DoubleLiteral(d),
        float f => DoubleLiteral(f),
        DateTimeOffset d => "datetime'" + EdmValue.FormatDateTime(d) + "'",
        DateTime d => "datetime'" + EdmValue.FormatDateTime((DateTimeOffset)EdmValue.Normalize("filter", d)!) + "'",
        Guid g => "guid'" + g.ToString("D") + "'",
        byte[] bytes => "X'" + Convert.ToHexString(bytes) + "'",
        BinaryData data => "X'" + Convert.ToHexString(data.ToArray()) + "'",
        Enum e => Literal(e.ToString()),
        _ => throw new ArgumentException($"{value.GetType().Name} cannot be a table filter literal."),
    };

    private static string DoubleLiteral(double d)
    {
        if (!double.IsFinite(d))
        {
            throw new ArgumentException("Table filters cannot compare with NaN or infinity.");
        }

        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.AsSpan().IndexOfAny('.', 'E') >= 0 ? text : new StringBuilder(text).Append(".0").ToString();
    }
}
