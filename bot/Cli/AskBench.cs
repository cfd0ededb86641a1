using System.Diagnostics;
using System.Globalization;

using ConnectorBot.Matching;
using ConnectorBot.Matching.Asking;

namespace ConnectorBot.Cli;

/// <summary>
/// The bench's "ask now" and give-digest lines: for every truth pair, the asker's connectWith as the ask against the rest
/// of the set (is the partner in the top three?), and the time of one ask and of every member's digest over stored vectors.
/// </summary>
public static class AskBench
{
    private const int TopCount = AskRanker.DefaultCount;

    /// <summary>One direction of a truth pair: <see cref="Asker"/>'s connectWith is met by <see cref="Helper"/>.</summary>
    public sealed record TruthAsk(string Asker, string Helper, bool Reciprocal);

    /// <summary>How a set's asks went: asks whose partner was in the top three, pairs found either way, and needs nobody meets that were answered anyway.</summary>
    public sealed record AskScore(int Hits, int Asks, int PairHits, int Pairs, int UnmetAnswered, int Unmet)
    {
        public double Rate => Asks == 0 ? 0 : (double)Hits / Asks;
    }

    /// <summary>Every direction the truth file names: a→b always, b→a too when the pair is reciprocal.</summary>
    public static List<TruthAsk> ReadTruth(string path, TextWriter errors)
    {
        List<TruthAsk> asks = [];
        using var reader = File.OpenText(path);
        JsonLines.Read(reader, errors, path + ": ", root =>
        {
            if (ProfileReader.Text(root, "a") is not { } a || ProfileReader.Text(root, "b") is not { } b)
            {
                return "no \"a\" or \"b\"";
            }

            var reciprocal = root.TryGetProperty("reciprocal", out var r) && r.ValueKind == System.Text.Json.JsonValueKind.True;
            asks.Add(new TruthAsk(a, b, reciprocal));
            return null;
        });
        return asks;
    }

    /// <summary>
    /// The set's ask top-3: each truth direction's asker (their profile, the goal kept or blanked, the ask embedded as a
    /// query) asks the whole set. <paramref name="blankGoal"/> asks with the connectWith alone.
    /// </summary>
    internal static AskScore Score(List<MatchProfile> profiles, List<TruthAsk> truth, ProfileEmbedder? embedder, bool blankGoal, TextWriter? verbose = null) =>
        Score(AskIndex.Build(profiles), profiles, truth, embedder, blankGoal, AskTuning.Default, verbose);

    internal static AskScore Score(AskIndex index, List<MatchProfile> profiles, List<TruthAsk> truth, ProfileEmbedder? embedder, bool blankGoal, AskTuning tuning, TextWriter? verbose = null)
    {
        var byId = profiles.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var askers = Askers(byId.Values, embedder, blankGoal);
        HashSet<string> met = new(truth.SelectMany(t => t.Reciprocal ? new[] { t.Asker, t.Helper } : [t.Asker]), StringComparer.Ordinal);
        var hits = 0;
        var asks = 0;
        var pairHits = 0;
        foreach (var pair in truth)
        {
            var forward = Hit(pair.Asker, pair.Helper);
            var back = pair.Reciprocal && Hit(pair.Helper, pair.Asker);
            asks += pair.Reciprocal ? 2 : 1;
            hits += (forward ? 1 : 0) + (back ? 1 : 0);
            pairHits += forward || back ? 1 : 0;
        }

        bool Hit(string asker, string helper)
        {
            if (!askers.TryGetValue(asker, out var profile))
            {
                return false;
            }

            var found = AskRanker.Best(index, profile, TopCount, tuning).Select(f => index.Members[f.Member].Id).ToList();
            var hit = found.Contains(helper, StringComparer.Ordinal);
            if (verbose is not null && !hit)
            {
                verbose.WriteLine($"  MISS {asker}→{helper}: got {string.Join(", ", found)}");
            }

            return hit;
        }

        // Needs nobody in the set meets (distractors, and the one-way partners): any answer is a colleague's time wasted.
        var unmet = askers.Keys.Where(id => !met.Contains(id)).Order(StringComparer.Ordinal).ToList();
        var answered = unmet.Count(id => AskRanker.Best(index, askers[id], TopCount, tuning).Count > 0);
        return new AskScore(hits, asks, pairHits, truth.Count, answered, unmet.Count);
    }

    /// <summary>Each member as an asker: their own profile, or with the goal blanked and the ask embedded again.</summary>
    private static Dictionary<string, MatchProfile> Askers(IEnumerable<MatchProfile> members, ProfileEmbedder? embedder, bool blankGoal)
    {
        List<MatchProfile> askers = [.. members.Select(m => blankGoal ? m with { Accomplish = string.Empty, Understood = m.Understood with { Accomplish = string.Empty } } : m)];
        if (blankGoal && embedder is not null)
        {
            askers = embedder.Embed(askers, showProgress: false);
        }

        return askers.ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    public static string Line(string set, string kind, AskScore score, string label) => Invariant(
        $"ask top-3 {set} ({kind}{label}): {score.Rate:0.00} ({score.Hits}/{score.Asks} asks), either direction {score.PairHits}/{score.Pairs} pairs, needs nobody meets answered {score.UnmetAnswered}/{score.Unmet}");

    /// <summary>
    /// Ask latency over <paramref name="size"/> synthetic members with stored vectors (the index built once, as a bot
    /// would keep it per team; p50 of 20 asks, each embedded beforehand), the index's build time, and every member's digest.
    /// </summary>
    public static void Timings(int size, ProfileEmbedder? embedder, Func<MatchProfile, int, MatchProfile> personal, TextWriter output)
    {
        var members = SyntheticProfiles.Generate(size, seed: 20261121);
        var askers = SyntheticProfiles.Generate(20, seed: 7).Select((p, i) => p with { Id = $"asker{i}" }).ToList();
        if (embedder is not null)
        {
            members = [.. members.Chunk(4096).SelectMany((block, b) => embedder.Embed(block, showProgress: false).Select((p, i) => personal(p, (b * 4096) + i)))];
            askers = embedder.Embed(askers, showProgress: false);
        }

        // A warm-up team first, so the timed runs measure the optimised code a long-running bot would run.
        var warm = AskIndex.Build(members.Take(2000));
        foreach (var asker in askers)
        {
            AskRanker.Rank(warm, asker);
        }

        NeedRanker.RankAll(warm);
        Thread.Sleep(500);

        GC.Collect();
        var watch = Stopwatch.StartNew();
        var index = AskIndex.Build(members);
        var build = watch.Elapsed;
        List<double> times = [];
        var named = 0;
        foreach (var asker in askers)
        {
            watch.Restart();
            named += AskRanker.Rank(index, asker).Count;
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        watch.Restart();
        var once = AskRanker.Rank(askers[0], members).Count;
        var oneShot = watch.Elapsed;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var words = embedder is null ? ", words only" : string.Empty;
        output.WriteLine(Invariant(
            $"ask {size} members: {times[times.Count / 2]:0} ms (p50 of {times.Count} asks, max {times[^1]:0} ms, {named} colleagues named), index built once in {build.TotalMilliseconds:0} ms, build and ask in one call {oneShot.TotalMilliseconds:0} ms ({once} named), peak {self.PeakWorkingSet64 / 1048576.0:0} MB{words}"));

        watch.Restart();
        NeedRanker.BestAll(index, TopCount, AskTuning.Default);
        var search = watch.Elapsed;
        watch.Restart();
        var digests = NeedRanker.RankAll(index);
        var digest = watch.Elapsed;
        self.Refresh();
        output.WriteLine(Invariant(
            $"digest {size} members: {digest.TotalSeconds:0.00} s, of which finding the needs {search.TotalSeconds:0.00} s and the rest their reasons ({digests.Values.Count(d => d.Count > 0)} members with needs to help with, {digests.Values.Sum(d => d.Count)} needs), peak {self.PeakWorkingSet64 / 1048576.0:0} MB{words}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
