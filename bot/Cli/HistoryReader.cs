using System.Globalization;
using System.Text.Json;

using ConnectorBot.Matching;

namespace ConnectorBot.Cli;

/// <summary>
/// Reads history as JSON lines: {"a","b","date","outcome":"met|no-response|declined"} for a past intro,
/// {"a","b","never":true} for a pair never to introduce, {"firstInLine":"id"} for a member left waiting.
/// </summary>
public static class HistoryReader
{
    public static PairHistory Read(TextReader input, TextWriter errors)
    {
        List<PastIntro> intros = [];
        List<(string, string)> never = [];
        List<string> waiting = [];
        JsonLines.Read(input, errors, "history ", root =>
        {
            if (JsonLines.Text(root, "firstInLine") is { } first)
            {
                waiting.Add(first);
                return null;
            }

            var a = JsonLines.Text(root, "a");
            var b = JsonLines.Text(root, "b");
            if (a is null || b is null)
            {
                return "needs \"a\" and \"b\"";
            }

            if (root.TryGetProperty("never", out var n) && n.ValueKind == JsonValueKind.True)
            {
                never.Add((a, b));
                return null;
            }

            if (!DateOnly.TryParse(JsonLines.Text(root, "date"), CultureInfo.InvariantCulture, out var date))
            {
                return "no valid \"date\"";
            }

            intros.Add(new PastIntro(a, b, date, Outcome(JsonLines.Text(root, "outcome"))));
            return null;
        });
        return new PairHistory(intros, never, waiting);
    }

    private static IntroOutcome Outcome(string? text) => text?.ToLowerInvariant() switch
    {
        "declined" => IntroOutcome.Declined,
        "no-response" or "noresponse" or "no_response" => IntroOutcome.NoResponse,
        _ => IntroOutcome.Met,
    };
}
