namespace ConnectorBot.Intros;

/// <summary>
/// Which of a round's intros go in the channel: the best by score, up to the team's limit (intros the round already made
/// there count against it); the rest reach the people named 1:1, with the same double opt-in.
/// </summary>
public static class ChannelCap
{
    public static IReadOnlyList<IntroRecord> Apply(IReadOnlyList<IntroRecord> existing, IReadOnlyList<IntroRecord> planned, int limit)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(planned);
        var room = Math.Max(0, limit - existing.Count(i => i.Delivery == IntroDelivery.Channel));

        var inChannel = BestFirst(planned)
            .Take(room)
            .Select(i => i.IntroId)
            .ToHashSet(StringComparer.Ordinal);
        return [.. planned.Select(i => i with { Delivery = inChannel.Contains(i.IntroId) ? IntroDelivery.Channel : IntroDelivery.Private })];
    }

    /// <summary>
    /// By score, best first: the order the channel takes them in and the admin's preview lists them in. The intro id breaks
    /// ties, so a round re-run after a crash splits the same way.
    /// </summary>
    public static IEnumerable<IntroRecord> BestFirst(IEnumerable<IntroRecord> intros) =>
        intros.OrderByDescending(i => i.Score).ThenBy(i => i.IntroId, StringComparer.Ordinal);
}
