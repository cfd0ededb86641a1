using System.Text.RegularExpressions;

namespace ConnectorBot.Storage;

/// <summary>Table names: a letter, then letters or digits, 3–63 in all; "tables" is reserved.</summary>
public static partial class TableName
{
    public static void Validate(string? name)
    {
        if (name is null || !Pattern().IsMatch(name) || name.Equals("tables", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"'{name}' is not a valid table name: a letter followed by 2 to 62 letters or digits, and not 'tables'.",
                nameof(name));
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex Pattern();
}
