using ConnectorBot.Intros;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Invitations;

/// <summary>
/// Carries "invite everyone" jobs through restarts: every interval (or as soon as a click starts one) it runs each
/// unfinished job whose next attempt has come. Runs where the intro scheduler runs (Intros:SchedulerEnabled), on its
/// interval; several instances are safe, each job being walked under its team's lease.
/// </summary>
public sealed class InvitationWorker(
    InvitationStore jobs,
    InvitationRunner runner,
    InvitationWakeUp wakeUp,
    IOptions<IntrosOptions> options,
    TimeProvider clock,
    ILogger<InvitationWorker> logger) : BackgroundService
{
    /// <summary>One pass over the due jobs; public so tests can run it. True when a job stopped only to let others have a turn.</summary>
    public async Task<bool> TickAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = new List<InvitationJob>();
        await foreach (var job in jobs.ListRunningAsync(cancellationToken))
        {
            if (job.NextAttemptAt is null || job.NextAttemptAt <= now)
            {
                due.Add(job);
            }
        }

        var more = false;
        foreach (var job in due.OrderBy(j => j.NextAttemptAt))
        {
            try
            {
                more |= await runner.RunAsync(job.TenantId, job.TeamId, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The job keeps its place and stays due: the next pass tries again; other teams carry on.
                logger.LogError(e, "Invite everyone in team {TeamId} of tenant {TenantId} failed; trying again next pass.", job.TeamId, job.TenantId);
            }
        }

        return more;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SchedulerEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var more = false;
            try
            {
                more = await TickAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The invitation worker's pass failed; trying again in {Interval}.", options.Value.SchedulerInterval);
            }

            if (!more)
            {
                await wakeUp.WaitAsync(options.Value.SchedulerInterval, stoppingToken);
            }
        }
    }
}
