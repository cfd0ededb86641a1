using System.Text.Json;

using ConnectorBot.Matching;

namespace ConnectorBot.Cli;

/// <summary>Reads profiles as JSON lines; a bad line is reported with its number and skipped, never fatal.</summary>
internal static class ProfileReader
{
    public static List<MatchProfile> Read(TextReader input, TextWriter errors)
    {
        List<MatchProfile> profiles = [];
        int lineNumber = 0;
        while (input.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using JsonDocument doc = JsonDocument.Parse(line);
                JsonElement root = doc.RootElement;
                string? id = root.ValueKind == JsonValueKind.Object ? Text(root, "id") : null;
                if (string.IsNullOrWhiteSpace(id))
                {
                    errors.WriteLine($"line {lineNumber}: skipped, no \"id\"");
                    continue;
                }

                profiles.Add(new MatchProfile(
                    id,
                    Text(root, "name") ?? id,
                    Text(root, "department") ?? string.Empty,
                    Text(root, "title") ?? string.Empty,
                    Text(root, "accomplish") ?? string.Empty,
                    Text(root, "connectWith") ?? string.Empty,
                    Text(root, "offer") ?? string.Empty));
            }
            catch (JsonException ex)
            {
                errors.WriteLine($"line {lineNumber}: skipped, not valid JSON ({ex.Message.Split('.')[0]})");
            }
        }

        return profiles;
    }

    internal static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
