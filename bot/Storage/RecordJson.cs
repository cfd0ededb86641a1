using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace ConnectorBot.Storage;

/// <summary>
/// JSON for the list-valued properties tables cannot hold natively. Enums as names so rows stay readable;
/// non-ASCII text left unescaped so unicode answers do not grow six-fold against the 32K-char property limit.
/// </summary>
public static partial class RecordJson
{
    /// <summary>Table storage holds at most 64 KiB (32K UTF-16 chars) per string property.</summary>
    public const int MaxPropertyChars = 32 * 1024;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Serializes; the caller checks the length against <see cref="MaxPropertyChars"/>.</summary>
    public static string Write<T>(T value) =>
        EscapedSurrogatePair().Replace(JsonSerializer.Serialize(value, Options), m => m.Groups["run"].Value + (char)Convert.ToInt32(m.Groups["high"].Value, 16) + (char)Convert.ToInt32(m.Groups["low"].Value, 16));

    /// <summary>Serializes a value that must fit one property; the error names only the property, never its content (it may hold answers).</summary>
    public static string Write<T>(T value, string propertyName)
    {
        var json = Write(value);
        return json.Length <= MaxPropertyChars
            ? json
            : throw new InvalidOperationException($"{propertyName} is {json.Length} characters as JSON; a table property holds at most {MaxPropertyChars}.");
    }

    public static T? Read<T>(string? json) => string.IsNullOrEmpty(json) ? default : JsonSerializer.Deserialize<T>(json, Options);

    // The encoder still writes emoji (and any non-BMP character) as "\uD83C\uDF75": 12 chars for 2. JSON allows
    // them raw, so they are put back. An escape starts after an even run of backslashes ("\\" is a literal one).
    [GeneratedRegex(@"(?<!\\)(?<run>(?:\\\\)*)\\u(?<high>D[89AB][0-9A-F]{2})\\u(?<low>D[C-F][0-9A-F]{2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EscapedSurrogatePair();
}
