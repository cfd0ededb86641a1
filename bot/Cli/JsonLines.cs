using System.Text.Json;

namespace ConnectorBot.Cli;

/// <summary>
/// Reads JSON lines, one object per line: blank lines are passed over, and a line that is not a JSON
/// object, or that <c>read</c> refuses (by returning a reason), is reported with its number and skipped.
/// </summary>
public static class JsonLines
{
    public static void Read(TextReader input, TextWriter errors, string label, Func<JsonElement, string?> read)
    {
        var lineNumber = 0;
        while (input.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string? refusal;
            try
            {
                using var document = JsonDocument.Parse(line);
                refusal = document.RootElement.ValueKind == JsonValueKind.Object ? read(document.RootElement) : "not a JSON object";
            }
            catch (JsonException e)
            {
                refusal = $"not valid JSON ({e.Message.Split('.')[0]})";
            }

            if (refusal is not null)
            {
                errors.WriteLine($"{label}line {lineNumber}: skipped, {refusal}");
            }
        }
    }

    public static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
