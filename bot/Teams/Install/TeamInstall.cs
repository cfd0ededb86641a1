using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Routing;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Teams.Install;

/// <summary>
/// When the bot is added to a team, the team gets its settings row: where to reach it, its Graph group id, the
/// installer as first admin, and defaults (intros in the General channel, weekly) until an admin changes them.
/// A fresh install, or a re-install while the data is still kept, is welcomed in General once; the repeated
/// events Teams sends for one install (conversationUpdate and installationUpdate) only refresh the row.
/// </summary>
public sealed class TeamInstall(TeamSettingsStore teams, InstallWelcome welcome, TimeProvider clock, ILogger<TeamInstall> logger)
{
    /// <summary>On <see cref="LifecycleKind.InstalledInTeam"/>.</summary>
    public async Task OnInstalledAsync(TurnContext turn, LifecycleEvent installed)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(installed);
        if (turn.Activity.ServiceUrl is not { } serviceUrl)
        {
            return;
        }

        var (tenantId, teamId) = (installed.TenantId, installed.TeamId);
        var team = turn.Teams?.Team;
        var installer = turn.Activity.From?.AadObjectId;
        var now = clock.GetUtcNow();
        TeamSettings? before = null;
        var stored = await teams.UpdateAsync(
            tenantId,
            teamId,
            current =>
            {
                before = current;
                var basis = current ?? new TeamSettings { TenantId = tenantId, TeamId = teamId, ServiceUrl = serviceUrl, IntroChannelId = teamId, InstalledAt = now };
                var fresh = current?.UninstalledAt is not null || current is null;
                return basis with
                {
                    TeamName = team?.Name ?? basis.TeamName,
                    ServiceUrl = serviceUrl,
                    BotId = turn.Activity.Recipient?.Id ?? basis.BotId,
                    AadGroupId = team?.AadGroupId ?? basis.AadGroupId,
                    UninstalledAt = null,

                    // Whoever (re-)installs becomes an admin, as the welcome says; a refresh changes nobody's rights.
                    Admins = fresh && installer is not null && !basis.Admins.Contains(installer, StringComparer.OrdinalIgnoreCase) ? [.. basis.Admins, installer] : basis.Admins,
                };
            },
            turn.CancellationToken);

        if (before is null || before.UninstalledAt is not null)
        {
            if (before is null)
            {
                logger.LogInformation("Installed in team {TeamId} of tenant {TenantId}.", teamId, tenantId);
            }
            else
            {
                logger.LogInformation("Re-installed in team {TeamId} of tenant {TenantId} (removed {UninstalledAt:O}); its settings and data are kept.", teamId, tenantId, before.UninstalledAt);
            }

            await welcome.SendAsync(turn, serviceUrl, teamId);
        }

        if (stored is { AadGroupId: null })
        {
            await LookUpGroupIdAsync(turn, serviceUrl, tenantId, teamId);
        }
    }

    // channelData.team.aadGroupId is not on every event; the team details always have it.
    private async Task LookUpGroupIdAsync(TurnContext turn, string serviceUrl, string tenantId, string teamId)
    {
        try
        {
            var details = await turn.Connector.GetTeamDetailsAsync(serviceUrl, teamId, turn.CancellationToken);
            if (details.AadGroupId is { Length: > 0 } groupId)
            {
                await teams.UpdateAsync(tenantId, teamId, t => t is null ? null : t with { AadGroupId = groupId }, turn.CancellationToken);
            }
        }
        catch (ConnectorException e)
        {
            // Only Graph owners need it; named admins work without. The next install event tries again.
            logger.LogWarning("Could not read the details of team {TeamId} of tenant {TenantId} for its group id: {Outcome}.", teamId, tenantId, e.Outcome);
        }
    }
}
