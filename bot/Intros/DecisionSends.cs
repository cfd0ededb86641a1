using ConnectorBot.Intros.Stores;

namespace ConnectorBot.Intros;

/// <summary>
/// The sends an intro owes once it is decided or closed: its card in its new state for everyone, the handoffs of a
/// connected intro, and the kind note to whoever asked for or offered help when it did not happen. Queued under their
/// idempotency keys, so queueing them again (a repeated click, the repair after a crash) queues nothing new.
/// </summary>
public static class DecisionSends
{
    public static async Task QueueAsync(OutboxStore outbox, IntroRecord intro, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(intro);
        await outbox.EnqueueAsync(OutboxItem.For(intro, OutboxKind.UpdateCard, OutboxKeys.Update(intro), now), cancellationToken);
        if (intro.State == IntroState.Connected)
        {
            foreach (var party in intro.Parties)
            {
                await outbox.EnqueueAsync(OutboxItem.For(intro, OutboxKind.Handoff, OutboxKeys.Handoff(intro.IntroId, party.MemberId), now, party.MemberId), cancellationToken);
            }
        }
        else if (intro.State is IntroState.Passed or IntroState.Expired && intro.Kind is IntroKind.Ask or IntroKind.Offer)
        {
            // Whoever asked for or offered help hears kindly that it is not happening; nobody else hears anything.
            foreach (var starter in intro.Parties.Where(p => p.Decision == Decision.Accepted))
            {
                await outbox.EnqueueAsync(OutboxItem.For(intro, OutboxKind.DeclinedNote, OutboxKeys.DeclinedNote(intro.IntroId, starter.MemberId), now, starter.MemberId), cancellationToken);
            }
        }
    }
}
