using ConnectorBot.Background;
using ConnectorBot.Interview;
using ConnectorBot.Teams.Install;
using ConnectorBot.Teams.Settings;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Intros;

/// <summary>
/// The heartbeat of intros: for every team, run the round when its slot is due (after nudging stale
/// answers), expire and follow up, and drain the outbox. Rounds are once-only through leases, so
/// several instances may run this safely.
/// </summary>
public sealed class IntroScheduler(
    TeamSettingsStore teams,
    RoundRunner rounds,
    IntroLifecycle lifecycle,
    OutboxWorker outbox,
    StaleAnswerNudges nudges,
    TeamRetention retention,
    IOptions<IntrosOptions> options,
    TimeProvider clock,
    ILogger<IntroScheduler> logger) : PeriodicPass(clock, logger)
{
    /// <summary>One pass over every team; public so an admin's "match now" and tests can run it on demand.</summary>
    public override async Task TickAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        await foreach (var team in teams.ListAllAsync(cancellationToken))
        {
            try
            {
                // A team that removed the bot gets no rounds and no posts; its data goes once retention is over.
                if (team.UninstalledAt is not null)
                {
                    await retention.SweepAsync(team, cancellationToken);
                    continue;
                }

                if (!team.Paused && team.IntroChannelId is not null)
                {
                    if (RoundSchedule.DueSlot(team, team.LastRoundAt ?? team.InstalledAt, now) is { } slot)
                    {
                        await nudges.SendDueAsync(team.TenantId, cancellationToken);
                        await rounds.RunAsync(team, slot, cancellationToken);
                    }
                }

                await lifecycle.RunAsync(team, cancellationToken);
                await outbox.DrainAsync(team.TenantId, team.TeamId, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One team's trouble must not stop the others' intros.
                Logger.LogError(e, "Intro work for team {TeamId} of tenant {TenantId} failed; trying again next tick.", team.TeamId, team.TenantId);
            }
        }
    }

    protected override bool Enabled => options.Value.SchedulerEnabled;

    protected override TimeSpan Interval => options.Value.SchedulerInterval;
}
