using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConnectorBot.Storage.Records;

/// <summary>
/// JSON for the list-valued properties tables cannot hold natively. Enums as names so rows stay readable;
/// non-ASCII text left unescaped so unicode answers do not grow six-fold against the 32K-char property limit.
/// </summary>
internal static class RecordJson
{
    /// <summary>Table storage holds at most 64 KiB (32K UTF-16 chars) per string property.</summary>
    public const int MaxPropertyChars = 32 * 1024;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Serializes; the error names only the property, never its content (it may hold answers).</summary>
    public static string Write<T>(T value, string propertyName)
    {
        var json = JsonSerializer.Serialize(value, Options);
        return json.Length <= MaxPropertyChars
            ? json
            : throw new InvalidOperationException($"{propertyName} is {json.Length} characters as JSON; a table property holds at most {MaxPropertyChars}.");
    }

    public static T? Read<T>(string? json) => string.IsNullOrEmpty(json) ? default : JsonSerializer.Deserialize<T>(json, Options);
}
