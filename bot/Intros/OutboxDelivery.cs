namespace ConnectorBot.Intros;

/// <summary>
/// Sends what clicks queued (card updates, handoffs, posts of a "match now" round) in the background, as soon as
/// <see cref="OutboxWakeUp"/> names the team, so a click is answered without waiting on Teams. It runs on every
/// instance, scheduler or not: it only finishes the work of this instance's own clicks. A failure leaves the items
/// in the outbox for the scheduler's next drain.
/// </summary>
public sealed class OutboxDelivery(OutboxWakeUp wakeUp, OutboxWorker worker, ILogger<OutboxDelivery> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            (string TenantId, string TeamId) team;
            try
            {
                team = await wakeUp.NextAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            try
            {
                await worker.DrainAsync(team.TenantId, team.TeamId, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Sending the outbox of team {TeamId} of tenant {TenantId} failed; the scheduler's next drain tries again.", team.TeamId, team.TenantId);
            }
        }
    }
}
