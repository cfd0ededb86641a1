using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Teams;

/// <summary>Whether someone owns the team in Microsoft Graph; answers false when Graph is not configured.</summary>
public interface ITeamOwners
{
    Task<bool> IsOwnerAsync(TeamSettings team, string memberId, CancellationToken cancellationToken);
}

/// <summary>Graph not configured: only the team's named admins administer it.</summary>
public sealed class NoTeamOwners : ITeamOwners
{
    public Task<bool> IsOwnerAsync(TeamSettings team, string memberId, CancellationToken cancellationToken) => Task.FromResult(false);
}
