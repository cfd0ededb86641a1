using ConnectorBot.Background;
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
    ILogger<DigestScheduler> logger) : PeriodicPass(clock, logger)
{
    /// <summary>One pass over every team; public so tests can run it on demand.</summary>
    public override async Task TickAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
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
                    await weeks.MarkDoneAsync(team.TenantId, team.TeamId, week, Clock.GetUtcNow(), cancellationToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One team's trouble must not stop the others' digests.
                Logger.LogError(e, "Digest pass for team {TeamId} of tenant {TenantId} failed; trying again next tick.", team.TeamId, team.TenantId);
            }
        }
    }

    protected override bool Enabled => options.Value.SchedulerEnabled;

    protected override TimeSpan Interval => options.Value.SchedulerInterval;
}
