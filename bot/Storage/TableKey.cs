using System.Text;

namespace ConnectorBot.Storage;

/// <summary>
/// PartitionKey/RowKey rules. Teams ids contain ':', '@' and ';' (allowed as they are); the characters
/// the service forbids ('/', '\', '#', '?', control characters) are escaped reversibly as "~XX".
/// '~' itself and '%' (which some proxies decode in URLs) are escaped too, so escaping is a bijection.
/// </summary>
public static class TableKey
{
    /// <summary>Azure allows 1 KiB (512 UTF-16 chars); Azurite enforces the same 512 chars.</summary>
    public const int MaxLength = 512;

    private const char EscapeChar = '~';

    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.AsSpan().ContainsAny(NeedsEscapingChars()) && !value.Any(IsControl))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (NeedsEscaping(c))
            {
                builder.Append(EscapeChar).Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string Unescape(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!key.Contains(EscapeChar, StringComparison.Ordinal))
        {
            return key;
        }

        var builder = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] == EscapeChar && i + 2 < key.Length && IsHex(key[i + 1]) && IsHex(key[i + 2]))
            {
                builder.Append((char)Convert.ToInt32(key.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                builder.Append(key[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Throws when a key could not be stored as it is; the message never repeats the key (it may be personal data).</summary>
    public static void Validate(string? key, string name)
    {
        if (key is null)
        {
            throw new ArgumentNullException(name, $"{name} is required.");
        }

        if (key.Length > MaxLength)
        {
            throw new ArgumentException($"{name} is {key.Length} characters; table keys hold at most {MaxLength}.", name);
        }

        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?' || IsControl(c))
            {
                throw new ArgumentException(
                    $"{name} contains U+{(int)c:X4}, which table keys forbid ('/', '\\', '#', '?' and control characters); escape it with {nameof(TableKey)}.{nameof(Escape)}.",
                    name);
            }
        }
    }

    private static bool NeedsEscaping(char c) => c is '/' or '\\' or '#' or '?' or '%' or EscapeChar || IsControl(c);

    private static ReadOnlySpan<char> NeedsEscapingChars() => "/\\#?%~";

    private static bool IsControl(char c) => c <= '\u001F' || (c >= '\u007F' && c <= '\u009F');

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
