using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Interview;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Intros.NeverList;

/// <summary>
/// The people a member can name: everyone on the roster of a team of their tenant (where the bot is installed) that
/// the member is on too. Rosters, not profiles, so a name resolves the same whether or not that person uses the bot.
/// </summary>
public sealed class Teammates(TeamSettingsStore teams, ILogger<Teammates> logger)
{
    /// <summary>The member's teammates (not the member), one per person, read through the turn's connector.</summary>
    public async Task<TeammateList> ListAsync(IConnectorClient connector, MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(member);
        var people = new Dictionary<string, Teammate>(StringComparer.Ordinal);
        var complete = true;
        await foreach (var team in teams.ListTenantAsync(member.TenantId, cancellationToken))
        {
            if (team.UninstalledAt is not null || team.TenantId != member.TenantId)
            {
                continue;
            }

            try
            {
                var roster = await RosterAsync(connector, team, cancellationToken);
                if (roster.Any(p => p.MemberId == member.MemberId || p.UserId == member.UserId))
                {
                    foreach (var person in roster.Where(p => p.MemberId != member.MemberId && p.UserId != member.UserId))
                    {
                        people.TryAdd(person.MemberId, person);
                    }
                }
            }
            catch (ConnectorException e)
            {
                complete = false;
                logger.LogWarning("Could not read the roster of team {TeamId} for a never list: {Outcome} ({Status}).", team.TeamId, e.Outcome, e.StatusCode);
            }
        }

        return new TeammateList([.. people.Values], complete);
    }

    private static async Task<List<Teammate>> RosterAsync(IConnectorClient connector, TeamSettings team, CancellationToken cancellationToken)
    {
        var roster = new List<Teammate>();
        await foreach (var account in connector.GetAllMembersAsync(team.ServiceUrl, team.TeamId, cancellationToken: cancellationToken))
        {
            if (account.EntraObjectId is { Length: > 0 } id && account.Id is { Length: > 0 } userId)
            {
                roster.Add(new Teammate(id, userId, account.Name ?? string.Empty));
            }
        }

        return roster;
    }
}
