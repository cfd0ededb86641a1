using ConnectorBot.Matching;

namespace ConnectorBot.Asks;

/// <summary>The one call into the matcher's ask ranking: every colleague worth asking, best first.</summary>
public static class AskRanking
{
    public sealed record Ranked(string MemberId, double Score, string Reason);

    public static IReadOnlyList<Ranked> Rank(MatchProfile asker, IReadOnlyList<MatchProfile> colleagues)
    {
        // Placeholder until the matcher's ranker lands: shared words between the need and the offer.
        var need = Words(asker.ConnectWith);
        return [.. colleagues
            .Select(c => (c, Score: Words(c.Offer + " " + c.Title).Intersect(need).Count()))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenBy(x => x.c.Id, StringComparer.Ordinal)
            .Select(x => new Ranked(x.c.Id, x.Score, $"{x.c.Name} mentioned “{x.c.Offer}”."))];
    }

    private static HashSet<string> Words(string text) =>
        [.. text.ToLowerInvariant().Split([' ', ',', '.', '?', '!'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3)];
}
