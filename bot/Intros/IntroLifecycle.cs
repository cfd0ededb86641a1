using ConnectorBot.Intros.Stores;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Intros;

/// <summary>Closes intros nobody answered in time, and asks connected pairs "did you meet?" a while later.</summary>
public sealed class IntroLifecycle(IntroStore intros, PairHistoryStore history, OutboxStore outbox, TimeProvider clock, ILogger<IntroLifecycle> logger)
{
    /// <summary>Expires due intros and queues due follow-ups of one team; returns how many of each.</summary>
    public async Task<(int Expired, int FollowUps)> RunAsync(TeamSettings team, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expired = 0;
        var followUps = 0;
        var due = new List<IntroRecord>();
        var owed = new List<IntroRecord>();
        await foreach (var intro in intros.ListAsync(team.TenantId, team.TeamId, cancellationToken: cancellationToken))
        {
            // A withdrawn intro has nobody left to close it for or ask "did you meet?": its counts stay as they were.
            if (intro.State is IntroState.Posted or IntroState.Connected && intro.WithdrawnAt is null)
            {
                due.Add(intro);
            }

            if (OwedSends.MayBeOwed(intro, now))
            {
                owed.Add(intro);
            }
        }

        foreach (var intro in owed)
        {
            await OwedSends.QueueAsync(outbox, intro, now, cancellationToken);
        }

        foreach (var intro in due)
        {
            if (intro.State == IntroState.Posted && IntroExpiry.IsDue(intro, team.ExpiryDays, now))
            {
                var closed = await intros.UpdateAsync(
                    team.TenantId,
                    team.TeamId,
                    intro.IntroId,
                    current => current is { State: IntroState.Posted } ? current with { State = IntroState.Expired, ClosedAt = now } : null,
                    cancellationToken);
                if (closed?.State == IntroState.Expired)
                {
                    // The card says it closed; whoever asked for or offered help is not left waiting: they hear it, kindly.
                    await DecisionSends.QueueAsync(outbox, closed, now, cancellationToken);
                    await history.RecordIntroAsync(closed, PairOutcome.Expired, now, cancellationToken);
                    expired++;
                }
            }
            else if (intro.State == IntroState.Connected && IntroExpiry.FollowUpDue(intro, team.FollowUpDays, now))
            {
                var marked = await intros.UpdateAsync(
                    team.TenantId,
                    team.TeamId,
                    intro.IntroId,
                    current => current is { State: IntroState.Connected, FollowUpSentAt: null } ? current with { FollowUpSentAt = now } : null,
                    cancellationToken);
                if (marked?.FollowUpSentAt == now)
                {
                    foreach (var party in marked.Parties)
                    {
                        await outbox.EnqueueAsync(OutboxItem.For(marked, OutboxKind.FollowUp, OutboxKeys.FollowUp(marked.IntroId, party.MemberId), now, party.MemberId), cancellationToken);
                    }

                    followUps++;
                }
            }
        }

        if (expired + followUps > 0)
        {
            logger.LogInformation("Team {TeamId}: {Expired} intros expired, {FollowUps} follow-ups queued.", team.TeamId, expired, followUps);
        }

        return (expired, followUps);
    }
}
