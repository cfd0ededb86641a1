using System.Collections.Concurrent;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Teams.Settings;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Teams;

/// <summary>
/// Teams' rosters (members with an Entra object id and a Teams user id), each reused for <see cref="RostersOptions.ReuseFor"/>:
/// asks, the give digest and never lists look through every team of a tenant to find a member's teammates, and membership
/// changes far less often than they do.
/// </summary>
public sealed class TeamRosters(IConnectorClient connector, IOptions<RostersOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(string TenantId, string TeamId), (DateTimeOffset Read, IReadOnlyList<TeamsChannelAccount> Members)> _read = new();

    public async Task<IReadOnlyList<TeamsChannelAccount>> GetAsync(TeamSettings team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var key = (team.TenantId, team.TeamId);
        var now = clock.GetUtcNow();
        if (_read.TryGetValue(key, out var cached) && now - cached.Read < options.Value.ReuseFor)
        {
            return cached.Members;
        }

        var members = new List<TeamsChannelAccount>();
        await foreach (var member in connector.ForTenant(team.TenantId).GetAllMembersAsync(team.ServiceUrl, team.TeamId, cancellationToken: cancellationToken))
        {
            if (member.EntraObjectId is not null && member.Id is not null)
            {
                members.Add(member);
            }
        }

        _read[key] = (now, members);
        return members;
    }
}
