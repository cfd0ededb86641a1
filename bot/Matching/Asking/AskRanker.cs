namespace ConnectorBot.Matching.Asking;

/// <summary>
/// "Who can help me with …?": the colleagues whose offer, title or own goal best answer a free-text ask, best first, each
/// with one line saying why in their own words. Only colleagues who clearly stand out from the background are named:
/// an ask nobody can meet gets none. Pure (no I/O, no clock, no randomness) and independent of the candidates' order.
/// </summary>
public static class AskRanker
{
    /// <summary>How many colleagues an ask names at most.</summary>
    public const int DefaultCount = 3;

    /// <summary>
    /// The best of <paramref name="candidates"/> for <paramref name="asker"/>'s ask (their <see cref="MatchProfile.ConnectWith"/>,
    /// with their goal as context; the Ask vector of <see cref="MatchProfile.Meaning"/>, when present, embedded from
    /// <see cref="TextMeaning.AskText"/> as a query). The asker is never among them. Builds the team's index: to answer
    /// several asks over the same team, build an <see cref="AskIndex"/> once and use the other overload.
    /// </summary>
    public static IReadOnlyList<AskMatch> Rank(MatchProfile asker, IEnumerable<MatchProfile> candidates, int count = DefaultCount) =>
        Rank(AskIndex.Build(candidates), asker, count);

    /// <summary>The best members of <paramref name="index"/> for <paramref name="asker"/>'s ask (see the other overload).</summary>
    public static IReadOnlyList<AskMatch> Rank(AskIndex index, MatchProfile asker, int count = DefaultCount)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(asker);
        var best = Best(index, asker, count, AskTuning.Default);
        var names = AskReason.Names([.. best.Select(h => index.Members[h.Member])]);
        return [.. best.Select((h, i) => new AskMatch(index.Members[h.Member].Id, AskIndex.Shown(h.Score), AskReason.ForAsker(asker, index.Members[h.Member], names[i], index.Lexical.IdfOf)))];
    }

    /// <summary>The members above the bar, best first (ties by id), at most <paramref name="count"/>.</summary>
    internal static List<(int Member, double Score)> Best(AskIndex index, MatchProfile asker, int count, AskTuning tuning)
    {
        if (count <= 0 || string.IsNullOrWhiteSpace(asker.ConnectWith))
        {
            return [];
        }

        var self = index.IndexOf(asker.Id);
        var query = index.Vectors?.Prepare(asker.Meaning);
        (var offer, var goal) = query is not null ? index.Vectors!.Score(query, self, tuning) : (null, null);
        var need = index.Lexical.NeedOf(asker);
        List<(int Member, double Score)> found = [];
        for (var b = 0; b < index.Count; b++)
        {
            if (b == self || index.Members[b].Id == asker.Id)
            {
                continue;
            }

            var score = AskIndex.Combine(offer?[b] ?? double.NaN, goal?[b] ?? double.NaN, index.Words(need, b), tuning);
            if (score >= tuning.Threshold)
            {
                found.Add((b, score));
            }
        }

        // Members are sorted by id, so the lower index first among equals is the lower id.
        return [.. found.OrderByDescending(f => f.Score).ThenBy(f => f.Member).Take(count)];
    }
}
