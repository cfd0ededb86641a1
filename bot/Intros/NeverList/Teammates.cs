using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Interview;
using ConnectorBot.Teams;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Intros.NeverList;

/// <summary>
/// The people a member can name: everyone on the roster of a team of their tenant (where the bot is installed) that
/// the member is on too. Rosters, not profiles, so a name resolves the same whether or not that person uses the bot.
/// </summary>
public sealed class Teammates(TeamSettingsStore teams, TeamRosters rosters, ILogger<Teammates> logger)
{
    /// <summary>The member's teammates (not the member), one per person, from the teams' rosters (<see cref="TeamRosters"/>).</summary>
    public async Task<TeammateList> ListAsync(MemberKey member, CancellationToken cancellationToken)
    {
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
                var roster = (await rosters.GetAsync(team, cancellationToken)).Select(a => new Teammate(a.EntraObjectId!, a.Id!, a.Name ?? string.Empty)).ToList();
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
}
