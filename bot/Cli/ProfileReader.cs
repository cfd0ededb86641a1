using System.Text.Json;

using ConnectorBot.Matching;

namespace ConnectorBot.Cli;

/// <summary>Reads profiles as JSON lines; a bad line is reported with its number and skipped, never fatal.</summary>
internal static class ProfileReader
{
    public static List<MatchProfile> Read(TextReader input, TextWriter errors)
    {
        List<MatchProfile> profiles = [];
        JsonLines.Read(input, errors, string.Empty, root =>
        {
            var id = Text(root, "id");
            if (string.IsNullOrWhiteSpace(id))
            {
                return "no \"id\"";
            }

            profiles.Add(new MatchProfile(
                id,
                Text(root, "name") ?? id,
                Text(root, "department") ?? string.Empty,
                Text(root, "title") ?? string.Empty,
                Text(root, "accomplish") ?? string.Empty,
                Text(root, "connectWith") ?? string.Empty,
                Text(root, "offer") ?? string.Empty));
            return null;
        });
        return profiles;
    }

    internal static string? Text(JsonElement root, string property) => JsonLines.Text(root, property);
}
