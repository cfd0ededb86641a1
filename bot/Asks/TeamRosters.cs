using System.Collections.Concurrent;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Teams.Settings;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Asks;

/// <summary>
/// Teams' rosters for asks, each reused for <see cref="AsksOptions.RosterFor"/>: an ask looks through every team of the
/// tenant to find the asker's, and membership changes far less often than people ask.
/// </summary>
public sealed class TeamRosters(IConnectorClient connector, IOptions<AsksOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(string TenantId, string TeamId), (DateTimeOffset Read, IReadOnlyList<TeamsChannelAccount> Members)> _read = new();

    public async Task<IReadOnlyList<TeamsChannelAccount>> GetAsync(TeamSettings team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var key = (team.TenantId, team.TeamId);
        var now = clock.GetUtcNow();
        if (_read.TryGetValue(key, out var cached) && now - cached.Read < options.Value.RosterFor)
        {
            return cached.Members;
        }

        var members = new List<TeamsChannelAccount>();
        await foreach (var member in connector.GetAllMembersAsync(team.ServiceUrl, team.TeamId, cancellationToken: cancellationToken))
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
