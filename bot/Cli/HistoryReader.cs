using System.Globalization;
using System.Text.Json;

using ConnectorBot.Matching;

namespace ConnectorBot.Cli;

/// <summary>
/// Reads history as JSON lines: {"a","b","date","outcome":"met|no-response|declined"} for a past intro,
/// {"a","b","never":true} for a pair never to introduce, {"firstInLine":"id"} for a member left waiting.
/// </summary>
internal static class HistoryReader
{
    public static PairHistory Read(TextReader input, TextWriter errors)
    {
        List<PastIntro> intros = [];
        List<(string, string)> never = [];
        List<string> waiting = [];
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
                if (ProfileReader.Text(root, "firstInLine") is { } first)
                {
                    waiting.Add(first);
                    continue;
                }

                string? a = ProfileReader.Text(root, "a");
                string? b = ProfileReader.Text(root, "b");
                if (a is null || b is null)
                {
                    errors.WriteLine($"history line {lineNumber}: skipped, needs \"a\" and \"b\"");
                }
                else if (root.TryGetProperty("never", out JsonElement n) && n.ValueKind == JsonValueKind.True)
                {
                    never.Add((a, b));
                }
                else if (DateOnly.TryParse(ProfileReader.Text(root, "date"), CultureInfo.InvariantCulture, out DateOnly date))
                {
                    intros.Add(new PastIntro(a, b, date, Outcome(ProfileReader.Text(root, "outcome"))));
                }
                else
                {
                    errors.WriteLine($"history line {lineNumber}: skipped, no valid \"date\"");
                }
            }
            catch (JsonException)
            {
                errors.WriteLine($"history line {lineNumber}: skipped, not valid JSON");
            }
        }

        return new PairHistory(intros, never, waiting);
    }

    private static IntroOutcome Outcome(string? text) => text?.ToLowerInvariant() switch
    {
        "declined" => IntroOutcome.Declined,
        "no-response" or "noresponse" or "no_response" => IntroOutcome.NoResponse,
        _ => IntroOutcome.Met,
    };
}
