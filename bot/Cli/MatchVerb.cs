using System.CommandLine;

using ConnectorBot.Embeddings.Local;
using ConnectorBot.Matching;

namespace ConnectorBot.Cli;

/// <summary>
/// `match --profiles FILE [--history FILE] [--per-member K] [--format jsonl|table] [--vectors FILE] [--words-only]`: one
/// round, intros on stdout. Profiles are embedded with the local sentence models (progress on stderr), reusing and
/// extending the vector cache when one is named.
/// </summary>
public static class MatchVerb
{
    private const int ProgressFrom = 1000;

    public static Command Create(TextWriter output, TextWriter errors)
    {
        Option<FileInfo> profiles = new("--profiles") { Description = "Profiles as JSON lines", Required = true };
        Option<FileInfo?> history = new("--history") { Description = "Past intros, never-with pairs and first-in-line members as JSON lines" };
        Option<int> perMember = new("--per-member") { Description = "Intros per member", DefaultValueFactory = _ => 1 };
        Option<string> format = new("--format") { Description = "jsonl or table", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "table");
        Option<double?> threshold = new("--threshold") { Description = "Minimum pair score of a words-only round (0..1)" };
        Option<FileInfo?> vectors = new("--vectors") { Description = "Vector cache: read, and extended with what had to be embedded" };
        Option<bool> wordsOnly = new("--words-only") { Description = "Match on words alone, without the sentence models" };
        Option<string> odd = new("--odd") { Description = "Odd headcount: first-in-line or trio", DefaultValueFactory = _ => "first-in-line" };
        odd.AcceptOnlyFromAmong("first-in-line", "trio");

        Command command = new("match", "Introduce members for one round") { profiles, history, perMember, format, threshold, odd, vectors, wordsOnly };
        command.SetAction(parse =>
        {
            var profilesFile = parse.GetRequiredValue(profiles);
            if (!profilesFile.Exists)
            {
                errors.WriteLine($"no such file: {profilesFile.FullName}");
                return 2;
            }

            List<MatchProfile> members;
            using (var reader = profilesFile.OpenText())
            {
                // An enriched file (NAME.enriched.jsonl) carries each answer's understanding after the member's words.
                members = ProfileReader.Read(reader, errors, enriched: profilesFile.Name.EndsWith(".enriched.jsonl", StringComparison.OrdinalIgnoreCase));
            }

            var pairHistory = PairHistory.Empty;
            if (parse.GetValue(history) is { } historyFile)
            {
                if (!historyFile.Exists)
                {
                    errors.WriteLine($"no such file: {historyFile.FullName}");
                    return 2;
                }

                using var reader = historyFile.OpenText();
                pairHistory = HistoryReader.Read(reader, errors);
            }

            RoundOptions options = new()
            {
                PerMember = Math.Max(1, parse.GetValue(perMember)),
                Threshold = parse.GetValue(threshold) ?? MatchTuning.DefaultThreshold,
                OddHeadcount = parse.GetValue(odd) == "trio" ? OddHeadcountPolicy.Trio : OddHeadcountPolicy.FirstInLine,
            };
            if (!parse.GetValue(wordsOnly))
            {
                using LocalSentenceEmbeddings generator = new();
                VectorCache cache;
                try
                {
                    cache = VectorCache.Open(parse.GetValue(vectors)?.FullName);
                }
                catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
                {
                    errors.WriteLine($"cannot read the vector cache: {e.Message}");
                    return 2;
                }

                members = new ProfileEmbedder(generator, cache, errors).Embed(members, showProgress: true);
            }

            Progress progress = new(errors, members.Count >= ProgressFrom);
            var round = IntroMatcher.Match(members, pairHistory, options, progress);
            if (parse.GetValue(format) == "table")
            {
                IntroWriter.WriteTable(round, output);
            }
            else
            {
                IntroWriter.WriteJsonl(round, output);
            }

            IntroWriter.WriteLeftOvers(round, errors);
            return 0;
        });
        return command;
    }

    /// <summary>Synchronous progress to stderr, only for inputs big enough to need it.</summary>
    private sealed class Progress(TextWriter errors, bool enabled) : IProgress<string>
    {
        public void Report(string value)
        {
            if (enabled)
            {
                errors.WriteLine(value);
            }
        }
    }
}
