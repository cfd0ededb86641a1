using System.Text.Json;

using ConnectorBot.Matching;

namespace ConnectorBot.Cli;

/// <summary>Pair recall and precision of a round against intended intros (unordered pairs; a trio counts as its three pairs).</summary>
public sealed record TruthScore(int Found, int Truth, int Output)
{
    public double Recall => Truth == 0 ? 0 : (double)Found / Truth;

    public double Precision => Output == 0 ? 0 : (double)Found / Output;

    public static HashSet<(string, string)> ReadTruth(TextReader reader)
    {
        HashSet<(string, string)> pairs = [];
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            if (ProfileReader.Text(doc.RootElement, "a") is { } a && ProfileReader.Text(doc.RootElement, "b") is { } b)
            {
                pairs.Add(Key(a, b));
            }
        }

        return pairs;
    }

    public static TruthScore Of(IntroRound round, HashSet<(string, string)> truth)
    {
        HashSet<(string, string)> output = [];
        foreach (var intro in round.Intros)
        {
            output.Add(Key(intro.A, intro.B));
            if (intro.C is not null)
            {
                output.Add(Key(intro.A, intro.C));
                output.Add(Key(intro.B, intro.C));
            }
        }

        return new TruthScore(output.Count(truth.Contains), truth.Count, output.Count);
    }

    public static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
