using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Teams;

/// <summary>Who may administer a team: its named admins, and its owners when Graph is configured. Checked on every admin turn.</summary>
public sealed class AdminRights(ITeamOwners owners, ILogger<AdminRights> logger)
{
    public async Task<bool> IsAdminAsync(TeamSettings team, string memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (team.Admins.Contains(memberId, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            return await owners.IsOwnerAsync(team, memberId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Graph down must not lock named admins out, nor let anyone else in.
            logger.LogWarning(e, "Could not ask Graph for the owners of team {TeamId}; treating the member as not an owner.", team.TeamId);
            return false;
        }
    }
}
