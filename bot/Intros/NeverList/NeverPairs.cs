using ConnectorBot.Matching;

namespace ConnectorBot.Intros.NeverList;

/// <summary>The never lists as a round's matcher takes them: hard "never with" pairs, and a last check of what it made.</summary>
public static class NeverPairs
{
    /// <summary>The history with every never-listed pair among the members added to its "never with" pairs.</summary>
    public static PairHistory AddTo(PairHistory history, IReadOnlyDictionary<string, IReadOnlySet<string>> excluded)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(excluded);
        var pairs = excluded.SelectMany(e => e.Value.Select(other => (A: e.Key, B: other))).ToList();
        return pairs.Count == 0 ? history : history with { NeverWith = [.. history.NeverWith, .. pairs] };
    }

    /// <summary>
    /// The round without any intro that names two people who must never meet. The matcher keeps never-with pairs apart,
    /// but a trio's third member joins their best partner's pair without a check against the other one; such a trio is
    /// dropped (its members are matched again next round) rather than break a member's "never".
    /// </summary>
    public static IntroRound Without(IntroRound round, IReadOnlyDictionary<string, IReadOnlySet<string>> excluded, out int dropped)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(excluded);
        var kept = round.Intros.Where(i => !Breaks(i, excluded)).ToList();
        dropped = round.Intros.Count - kept.Count;
        return dropped == 0 ? round : round with { Intros = kept };
    }

    private static bool Breaks(Intro intro, IReadOnlyDictionary<string, IReadOnlySet<string>> excluded)
    {
        var ids = new[] { intro.A, intro.B, intro.C }.OfType<string>().ToList();
        return ids.Any(a => excluded.TryGetValue(a, out var others) && ids.Any(others.Contains));
    }
}
