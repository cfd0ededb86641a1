using ConnectorBot.BotFramework.Cards;
using ConnectorBot.Interview;
using ConnectorBot.Privacy;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Teams.Admins;

/// <summary>
/// Warns a team's only named admin, on the "forget me" confirmation, that the team will be left without one, and how it
/// gets one back (<see cref="ClaimCommand"/>), or how to avoid it.
/// </summary>
public sealed class LastAdminWarning(TeamSettingsStore teams) : IForgetWarning
{
    public async Task<IReadOnlyList<string>> ForAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var names = new List<string>();
        await foreach (var team in teams.ListTenantAsync(member.TenantId, cancellationToken))
        {
            if (team.UninstalledAt is null && team.Admins.Count == 1 && string.Equals(team.Admins[0], member.MemberId, StringComparison.OrdinalIgnoreCase))
            {
                names.Add(string.IsNullOrWhiteSpace(team.TeamName) ? AdminsStrings.UnnamedTeam : CardText.Escape(team.TeamName));
            }
        }

        return names.Count == 0 ? [] : [AdminsStrings.LastAdminWarning(AdminsStrings.JoinNames(names))];
    }
}
