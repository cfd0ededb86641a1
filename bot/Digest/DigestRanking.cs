using ConnectorBot.Matching;
using ConnectorBot.Matching.Asking;

namespace ConnectorBot.Digest;

/// <summary>The one call into the matcher's need ranking: the needs a helper's offer answers best, best first.</summary>
public static class DigestRanking
{
    // Ranked beyond what is shown: some needs are left out for this helper (never lists, open intros, shown before).
    private const int Slack = 5;

    /// <summary>One need found: the member in need, how well it fits, and one line (plain text) saying why.</summary>
    public sealed record Ranked(string MemberId, double Score, string Reason);

    /// <summary>The members a team's digest pass may show, prepared once for every helper of the pass.</summary>
    public static AskIndex Prepare(IEnumerable<MatchProfile> members) => AskIndex.Build(members);

    /// <summary>At most <paramref name="count"/> needs of members <paramref name="allowed"/> for this helper that <paramref name="helperId"/>'s offer, title or goal answers.</summary>
    public static IReadOnlyList<Ranked> Rank(AskIndex index, string helperId, Func<string, bool> allowed, int count)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        return [.. NeedRanker.Rank(index, helperId, count * Slack)
            .Where(m => m.MemberId != helperId && allowed(m.MemberId))
            .Take(count)
            .Select(m => new Ranked(m.MemberId, m.Score, m.Reason))];
    }
}
