using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Teams.Admins;

/// <summary>The outcome of adding or removing admins, for the reply.</summary>
public enum AdminChange
{
    Added,
    AlreadyAdmin,
    Removed,
    NotAnAdmin,
    LastAdmin,
}

/// <summary>A team member as the admin list shows them: AAD object id and display name when Teams still knows them.</summary>
public sealed record AdminMember(string MemberId, string? Name);

/// <summary>Adds and removes a team's named admins (ETag-guarded), never leaving the team without one, and names them for the card.</summary>
public sealed class TeamAdmins(TeamSettingsStore teams, IConnectorClient connector, ILogger<TeamAdmins> logger)
{
    public async Task<AdminChange> AddAsync(TeamSettings team, string memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var change = AdminChange.AlreadyAdmin;
        await teams.UpdateAsync(
            team.TenantId,
            team.TeamId,
            current =>
            {
                if (current is null || current.Admins.Contains(memberId, StringComparer.OrdinalIgnoreCase))
                {
                    change = AdminChange.AlreadyAdmin;
                    return null;
                }

                change = AdminChange.Added;
                return current with { Admins = [.. current.Admins, memberId] };
            },
            cancellationToken);
        logger.LogInformation("Admin change in team {TeamId}: {Change}.", team.TeamId, change);
        return change;
    }

    /// <summary>Names the member the team's admin if it still has none (ETag-guarded: of two claims at once, one wins).</summary>
    public async Task<bool> ClaimAsync(TeamSettings team, string memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var claimed = false;
        await teams.UpdateAsync(
            team.TenantId,
            team.TeamId,
            current =>
            {
                claimed = current is { Admins.Count: 0 };
                return claimed ? current! with { Admins = [memberId] } : null;
            },
            cancellationToken);
        logger.LogInformation("Team {TeamId} without an admin claimed: {Claimed}.", team.TeamId, claimed);
        return claimed;
    }

    public async Task<AdminChange> RemoveAsync(TeamSettings team, string memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var change = AdminChange.NotAnAdmin;
        await teams.UpdateAsync(
            team.TenantId,
            team.TeamId,
            current =>
            {
                if (current is null || !current.Admins.Contains(memberId, StringComparer.OrdinalIgnoreCase))
                {
                    change = AdminChange.NotAnAdmin;
                    return null;
                }

                if (current.Admins.Count == 1)
                {
                    change = AdminChange.LastAdmin;
                    return null;
                }

                change = AdminChange.Removed;
                return current with { Admins = [.. current.Admins.Where(a => !string.Equals(a, memberId, StringComparison.OrdinalIgnoreCase))] };
            },
            cancellationToken);
        logger.LogInformation("Admin change in team {TeamId}: {Change}.", team.TeamId, change);
        return change;
    }

    /// <summary>The team member a mention names (its Teams user id), with their AAD object id; null when not in the team.</summary>
    public async Task<TeamsChannelAccount?> FindMemberAsync(TeamSettings team, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        try
        {
            var member = await connector.ForTenant(team.TenantId).GetMemberAsync(team.ServiceUrl, team.TeamId, userId, cancellationToken);
            return member.EntraObjectId is null ? null : member;
        }
        catch (ConnectorException e) when (e.Outcome is ConnectorOutcome.NotFound or ConnectorOutcome.ConversationNotFound)
        {
            return null;
        }
    }

    /// <summary>
    /// The named admins with their names, from the team roster (page by page, stopping once all are found): a lookup
    /// by AAD id is not served everywhere. Someone who left the team shows without a name.
    /// </summary>
    public async Task<IReadOnlyList<AdminMember>> ListAsync(TeamSettings team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var names = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        try
        {
            await foreach (var member in connector.ForTenant(team.TenantId).GetAllMembersAsync(team.ServiceUrl, team.TeamId, cancellationToken: cancellationToken))
            {
                if (member.EntraObjectId is { } id && team.Admins.Contains(id, StringComparer.OrdinalIgnoreCase))
                {
                    names[id] = member.Name;
                    if (names.Count == team.Admins.Count)
                    {
                        break;
                    }
                }
            }
        }
        catch (ConnectorException e)
        {
            // The list still works without names; removing stays possible.
            logger.LogWarning("Could not read the roster of team {TeamId} to name its admins: {Outcome} ({Status}).", team.TeamId, e.Outcome, e.StatusCode);
        }

        return [.. team.Admins.Select(id => new AdminMember(id, names.GetValueOrDefault(id)))];
    }
}
