using ConnectorBot.Teams.Settings;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Teams.Install;

/// <summary>
/// Erases a team that removed the bot once its retention period is over: every per-team table's rows, then the
/// settings row (only if it is still uninstalled, so a re-install racing the sweep keeps its settings). Pair history
/// is per tenant and stays. Run from the scheduler's tick; safe on several instances at once.
/// </summary>
public sealed class TeamRetention(
    TeamSettingsStore teams,
    IEnumerable<ITeamData> tables,
    IOptions<InstallOptions> options,
    TimeProvider clock,
    ILogger<TeamRetention> logger)
{
    /// <summary>Erases the team if it was removed more than the retention period ago; true when its data went.</summary>
    public async Task<bool> SweepAsync(TeamSettings team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (team.UninstalledAt is not { } uninstalledAt || clock.GetUtcNow() < uninstalledAt.AddDays(options.Value.RetentionDays))
        {
            return false;
        }

        logger.LogInformation("Team {TeamId} of tenant {TenantId} was removed {UninstalledAt:O}; its retention is over, erasing its data.", team.TeamId, team.TenantId, uninstalledAt);
        foreach (var table in tables)
        {
            var erased = await table.EraseTeamAsync(team.TenantId, team.TeamId, cancellationToken);
            logger.LogInformation("Erased {Count} rows of team {TeamId} of tenant {TenantId} from {Table}.", erased, team.TeamId, team.TenantId, table.Name);
        }

        if (!await teams.DeleteIfUninstalledAsync(team.TenantId, team.TeamId, uninstalledAt, cancellationToken))
        {
            logger.LogInformation("Team {TeamId} of tenant {TenantId} changed while being erased (re-installed?); its settings row stays.", team.TeamId, team.TenantId);
            return false;
        }

        logger.LogInformation("Erased the settings of team {TeamId} of tenant {TenantId}.", team.TeamId, team.TenantId);
        return true;
    }
}
