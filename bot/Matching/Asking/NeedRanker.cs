namespace ConnectorBot.Matching.Asking;

/// <summary>
/// The give digest: for a member who can help, the colleagues whose needs (what they want to meet someone for, and
/// their goal) their offer, title or own goal answers best, each with one line saying why. The same scale and bar as
/// <see cref="AskRanker"/>, read the other way: a need nobody's offer clearly meets is in nobody's digest. Pure.
/// </summary>
public static class NeedRanker
{
    /// <summary>Needs per helper found in meaning before every one of them is scored fully.</summary>
    private const int Shortlist = 24;

    /// <summary>The best needs among <paramref name="inNeed"/> for <paramref name="helper"/>: MemberId is the member in need.</summary>
    public static IReadOnlyList<AskMatch> Rank(MatchProfile helper, IEnumerable<MatchProfile> inNeed, int count = AskRanker.DefaultCount)
    {
        ArgumentNullException.ThrowIfNull(helper);
        ArgumentNullException.ThrowIfNull(inNeed);
        return Rank(AskIndex.Build([.. inNeed.Where(p => p.Id != helper.Id), helper]), helper.Id, count);
    }

    /// <summary>The best needs in <paramref name="index"/> for the member <paramref name="helperId"/> (none when they are not in it).</summary>
    public static IReadOnlyList<AskMatch> Rank(AskIndex index, string helperId, int count = AskRanker.DefaultCount)
    {
        ArgumentNullException.ThrowIfNull(index);
        var h = index.IndexOf(helperId);
        return h < 0 ? [] : Explain(index, h, Best(index, h, Enumerable.Range(0, index.Count), count, AskTuning.Default));
    }

    /// <summary>
    /// Every member's digest at once, keyed by member id (members with nothing to offer anyone have an empty list). Each
    /// helper's needs are found among the asks nearest in meaning to their offer and goal (a byte-vector scan of the first
    /// model) and the needs that share their rarer words, then scored fully: not n² full scores.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<AskMatch>> RankAll(AskIndex index, int count = AskRanker.DefaultCount)
    {
        ArgumentNullException.ThrowIfNull(index);
        var best = BestAll(index, count, AskTuning.Default);
        Dictionary<string, IReadOnlyList<AskMatch>> digests = new(index.Count, StringComparer.Ordinal);
        var explained = new IReadOnlyList<AskMatch>[index.Count];
        Parallel.For(0, index.Count, h => explained[h] = Explain(index, h, best[h]));
        for (var h = 0; h < index.Count; h++)
        {
            digests[index.Members[h].Id] = explained[h];
        }

        return digests;
    }

    /// <summary>Every helper's best needs, as member positions and scores.</summary>
    internal static List<(int Member, double Score)>[] BestAll(AskIndex index, int count, AskTuning tuning)
    {
        var n = index.Count;
        var words = NeedPostings.Build(index.Lexical);
        var best = new List<(int Member, double Score)>[n];
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, n, Math.Max(16, n / 64)), range =>
        {
            HashSet<int> candidates = [];
            for (var h = range.Item1; h < range.Item2; h++)
            {
                candidates.Clear();
                candidates.UnionWith(words.Shortlist(index.Lexical, h, Shortlist));
                candidates.UnionWith(index.Vectors?.NearestAsks(h, Shortlist, tuning) ?? []);
                best[h] = count <= 0 ? [] : Best(index, h, candidates.Order(), count, tuning);
            }
        });
        return best;
    }

    /// <summary>Of <paramref name="candidates"/>, the needs helper h answers above the bar, best first (ties by id).</summary>
    private static List<(int Member, double Score)> Best(AskIndex index, int h, IEnumerable<int> candidates, int count, AskTuning tuning)
    {
        List<(int Member, double Score)> found = [];
        if (count <= 0)
        {
            return found;
        }

        foreach (var m in candidates)
        {
            if (m == h || string.IsNullOrWhiteSpace(index.Members[m].ConnectWith))
            {
                continue;
            }

            (var offer, var goal) = index.Vectors?.Direction(m, h, tuning) ?? (double.NaN, double.NaN);
            var score = AskIndex.Combine(offer, goal, index.Words(index.Lexical.Needs[m], h), tuning);
            if (score >= tuning.Threshold)
            {
                found.Add((m, score));
            }
        }

        return [.. found.OrderByDescending(f => f.Score).ThenBy(f => f.Member).Take(count)];
    }

    private static List<AskMatch> Explain(AskIndex index, int h, List<(int Member, double Score)> best)
    {
        var names = AskReason.Names([.. best.Select(f => index.Members[f.Member])]);
        return [.. best.Select((f, i) => new AskMatch(index.Members[f.Member].Id, AskIndex.Shown(f.Score), AskReason.ForHelper(index.Members[f.Member], names[i], index.Members[h], index.Lexical.IdfOf)))];
    }
}
