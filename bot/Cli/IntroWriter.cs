using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

using ConnectorBot.Matching;

namespace ConnectorBot.Cli;

/// <summary>Writes intros as JSON lines ({"a","b","score","reason"} plus "c" for a trio) or as a plain table.</summary>
public static class IntroWriter
{
    public static void WriteJsonl(IntroRound round, TextWriter output)
    {
        foreach (var intro in round.Intros)
        {
            using MemoryStream buffer = new();
            using (Utf8JsonWriter json = new(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("a", intro.A);
                json.WriteString("b", intro.B);
                if (intro.C is not null)
                {
                    json.WriteString("c", intro.C);
                }

                json.WriteNumber("score", intro.Score);
                json.WriteString("reason", intro.Reason);
                json.WriteEndObject();
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }

    public static void WriteTable(IntroRound round, TextWriter output)
    {
        output.WriteLine($"{"A",-10} {"B",-10} {"C",-10} {"SCORE",6}  REASON");
        foreach (var intro in round.Intros)
        {
            output.WriteLine($"{intro.A,-10} {intro.B,-10} {intro.C ?? "-",-10} {intro.Score.ToString("0.000", CultureInfo.InvariantCulture),6}  {intro.Reason}");
        }
    }

    /// <summary>Left-over members go to stderr so the intro stream stays one intro per line, but they are never silent.</summary>
    public static void WriteLeftOvers(IntroRound round, TextWriter errors)
    {
        foreach (var left in round.FirstInLine)
        {
            errors.WriteLine($"first in line next round: {left.MemberId} (best partner {left.BestPartnerId} was taken, score {left.Score.ToString("0.000", CultureInfo.InvariantCulture)})");
        }
    }
}
