using System.Collections.Concurrent;

using ConnectorBot.Teams.Settings;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Teams.Owners;

/// <summary>
/// Team owners from Microsoft Graph, cached per team for a few minutes (admin turns come in bursts). Failures are
/// not cached and surface as exceptions, which <see cref="AdminRights"/> logs and treats as "not an owner".
/// </summary>
public sealed class GraphTeamOwners(GraphTeamMembers members, IOptions<GraphOptions> options, TimeProvider clock, ILogger<GraphTeamOwners> logger) : ITeamOwners
{
    private readonly ConcurrentDictionary<(string TenantId, string TeamId), (IReadOnlySet<string> Owners, DateTimeOffset Until)> _cache = new();

    public async Task<bool> IsOwnerAsync(TeamSettings team, string memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var owners = await OwnersAsync(team, cancellationToken);
        return owners.Contains(memberId);
    }

    private async Task<IReadOnlySet<string>> OwnersAsync(TeamSettings team, CancellationToken cancellationToken)
    {
        var key = (team.TenantId, team.TeamId);
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(key, out var cached) && now < cached.Until)
        {
            return cached.Owners;
        }

        if (team.AadGroupId is not { Length: > 0 } groupId)
        {
            logger.LogWarning("Team {TeamId} of tenant {TenantId} has no group id on record, so its owners cannot be asked of Graph.", team.TeamId, team.TenantId);
            return new HashSet<string>();
        }

        var owners = await members.ListOwnersAsync(team.TenantId, groupId, cancellationToken);
        _cache[key] = (owners, now + options.Value.OwnerCacheDuration);
        logger.LogDebug("Graph names {Count} owners of team {TeamId} of tenant {TenantId}.", owners.Count, team.TeamId, team.TenantId);
        return owners;
    }
}
