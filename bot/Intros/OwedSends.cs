using ConnectorBot.Intros.Stores;

namespace ConnectorBot.Intros;

/// <summary>
/// What a process killed at the wrong moment may have left unqueued, queued again on the scheduler's pass: the post
/// of an intro a round wrote but never queued (a round that died between writing its intros and queueing them), and
/// the sends of an intro decided or closed a little while ago (the decision stored, the process gone before its card
/// update and handoffs were queued). Every key is the one first used, so what was queued is not queued twice, and
/// what was sent is not sent again.
/// </summary>
public static class OwedSends
{
    /// <summary>Long enough to outlive a restart; past it a closed intro is not looked at again on every pass.</summary>
    public static readonly TimeSpan RecentlyClosed = TimeSpan.FromMinutes(15);

    public static bool MayBeOwed(IntroRecord intro, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(intro);
        return intro.WithdrawnAt is null && (intro.State == IntroState.Planned
            || intro.State is IntroState.Connected or IntroState.Passed or IntroState.Expired && intro.ClosedAt is { } closed && now - closed <= RecentlyClosed);
    }

    public static Task QueueAsync(OutboxStore outbox, IntroRecord intro, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(intro);
        return intro.State == IntroState.Planned
            ? outbox.EnqueueAsync(OutboxItem.For(intro, OutboxKind.PostIntro, OutboxKeys.Post(intro.IntroId), now), cancellationToken)
            : DecisionSends.QueueAsync(outbox, intro, now, cancellationToken);
    }
}
