using ConnectorBot.Matching;

namespace ConnectorBot.Digest;

/// <summary>The one call into the matcher's need ranking: the needs a helper's offer answers best, best first.</summary>
public static class DigestRanking
{
    /// <summary>One need found: the member in need, how well it fits, and one line (plain text) saying why.</summary>
    public sealed record Ranked(string MemberId, double Score, string Reason);

    /// <summary>
    /// At most <paramref name="count"/> of <paramref name="inNeed"/> whose need <paramref name="helper"/>'s offer or title
    /// answers. Placeholder until the matcher's NeedRanker lands (same shape: helper, members in need, count): shared
    /// words between the need and the offer; <see cref="MatchProfile.Meaning"/> is already filled for it.
    /// </summary>
    public static IReadOnlyList<Ranked> Rank(MatchProfile helper, IReadOnlyList<MatchProfile> inNeed, int count)
    {
        ArgumentNullException.ThrowIfNull(helper);
        ArgumentNullException.ThrowIfNull(inNeed);
        var offer = Words(helper.Offer + " " + helper.Title);
        return [.. inNeed
            .Where(n => n.Id != helper.Id)
            .Select(n => (n, Shared: Words(n.ConnectWith).Intersect(offer).Order(StringComparer.Ordinal).ToList()))
            .Where(x => x.Shared.Count > 0)
            .OrderByDescending(x => x.Shared.Count).ThenBy(x => x.n.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(x => new Ranked(x.n.Id, x.Shared.Count, DigestStrings.SharedWords(string.Join(", ", x.Shared.Take(3).Select(w => $"“{w}”")))))];
    }

    private static HashSet<string> Words(string text) =>
        [.. text.ToLowerInvariant().Split([' ', ',', '.', '?', '!', ';', ':', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3)];
}
