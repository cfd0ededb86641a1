using ConnectorBot.BotFramework.Routing;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Teams.Settings;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Teams.Install;

/// <summary>
/// The bot removed from a team, or the team deleted: the team is marked uninstalled, so its schedule stops (the
/// scheduler skips it) while its data is kept for the retention period (a restored team carries on: <see cref="TeamRestore"/>).
/// </summary>
public sealed class TeamRemoval(TeamSettingsStore teams, IOptions<InstallOptions> options, TimeProvider clock, ILogger<TeamRemoval> logger)
{
    /// <summary>On <see cref="LifecycleKind.RemovedFromTeam"/>.</summary>
    public async Task OnRemovedAsync(TurnContext turn, LifecycleEvent e)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(e);
        var cancellationToken = turn.CancellationToken;
        var now = clock.GetUtcNow();
        var marked = false;
        var stored = await teams.UpdateAsync(
            e.TenantId,
            e.TeamId,
            current =>
            {
                // Teams may say it twice (conversationUpdate and installationUpdate): the first removal's time counts.
                marked = current is { UninstalledAt: null };
                return marked ? current! with { UninstalledAt = now } : null;
            },
            cancellationToken);
        if (marked)
        {
            logger.LogInformation(
                "Removed from team {TeamId} of tenant {TenantId}: its schedule stops and its data is kept until {EraseAfter:O}.",
                e.TeamId,
                e.TenantId,
                now.AddDays(options.Value.RetentionDays));
        }
        else if (stored is null)
        {
            logger.LogInformation("Removed from team {TeamId} of tenant {TenantId}, which is not on record.", e.TeamId, e.TenantId);
        }
    }
}
