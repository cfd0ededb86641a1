using System.Globalization;

using ConnectorBot.Matching;
using ConnectorBot.Matching.Asking;

namespace ConnectorBot.Cli;

/// <summary>`bench --asks --ask-grid`: the ask top-3 of tuning variants side by side, on the dev sets only (the blind sets stay blind).</summary>
internal static class AskGrid
{
    private static readonly (string Name, AskTuning Tuning)[] Variants =
    [
        ("default", AskTuning.Default),
        ("ask's background only", AskTuning.Default with { ColumnShare = 0 }),
        ("helper's background only", AskTuning.Default with { ColumnShare = 1 }),
        ("no goal", AskTuning.Default with { GoalWeight = 0 }),
        ("goal in full", AskTuning.Default with { GoalWeight = 1 }),
        ("bar 2.25", AskTuning.Default with { Threshold = 2.25 }),
        ("bar 2.5", AskTuning.Default with { Threshold = 2.5 }),
        ("no words", AskTuning.Default with { ConfidentWords = double.PositiveInfinity }),
    ];

    private static readonly Dictionary<string, List<(AskBench.AskScore Kept, AskBench.AskScore Blanked)>> Totals = new(StringComparer.Ordinal);

    public static void Run(string set, List<MatchProfile> profiles, List<AskBench.TruthAsk> truth, ProfileEmbedder? embedder, TextWriter output)
    {
        var index = AskIndex.Build(profiles);
        foreach ((var name, var tuning) in Variants)
        {
            var kept = AskBench.Score(index, profiles, truth, embedder, blankGoal: false, tuning);
            var blanked = AskBench.Score(index, profiles, truth, embedder, blankGoal: true, tuning);
            output.WriteLine(Invariant($"  grid {set} {name}: kept {kept.Hits}/{kept.Asks}, blanked {blanked.Hits}/{blanked.Asks}, unmet answered {kept.UnmetAnswered}/{kept.Unmet} (blanked {blanked.UnmetAnswered})"));
            if (!Totals.TryGetValue(name, out var list))
            {
                Totals[name] = list = [];
            }

            list.Add((kept, blanked));
        }
    }

    public static void Summary(TextWriter output)
    {
        foreach ((var name, var list) in Totals)
        {
            output.WriteLine(Invariant($"grid {name}: mean kept {list.Average(s => s.Kept.Rate):0.000}, blanked {list.Average(s => s.Blanked.Rate):0.000}, unmet answered {list.Sum(s => s.Kept.UnmetAnswered)}/{list.Sum(s => s.Kept.Unmet)} (blanked {list.Sum(s => s.Blanked.UnmetAnswered)})"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
