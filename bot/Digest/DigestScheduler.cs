using ConnectorBot.Digest.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Teams.Settings;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Digest;

/// <summary>
/// The digest's heartbeat, beside the intro scheduler and on the same switch and interval: for every team whose week's
/// digest slot has come (<see cref="DigestSchedule"/>) and whose pass has not finished this week, run the pass. Safe on
/// several instances: members are claimed one by one, and a finished week is marked per team.
/// </summary>
public sealed class DigestScheduler(
    TeamSettingsStore teams,
    DigestPass pass,
    DigestWeekStore weeks,
    IOptions<IntrosOptions> options,
    TimeProvider clock,
    ILogger<DigestScheduler> logger) : BackgroundService
{
    /// <summary>One pass over every team; public so tests can run it on demand.</summary>
    public async Task TickAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await foreach (var team in teams.ListAllAsync(cancellationToken))
        {
            try
            {
                if (team.UninstalledAt is not null || team.DigestOff || DigestSchedule.DueWeek(team, now) is not { } week
                    || await weeks.LastDoneAsync(team.TenantId, team.TeamId, cancellationToken) == week)
                {
                    continue;
                }

                if (await pass.RunAsync(team, week, cancellationToken))
                {
                    await weeks.MarkDoneAsync(team.TenantId, team.TeamId, week, clock.GetUtcNow(), cancellationToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One team's trouble must not stop the others' digests.
                logger.LogError(e, "Digest pass for team {TeamId} of tenant {TenantId} failed; trying again next tick.", team.TeamId, team.TenantId);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SchedulerEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.SchedulerInterval, clock);
        do
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The digest scheduler's pass failed; trying again in {Interval}.", options.Value.SchedulerInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
