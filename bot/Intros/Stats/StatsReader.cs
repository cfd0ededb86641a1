using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Intros.Stats;

/// <summary>
/// Reads what a team's stats are computed from: the roster through the connector (page after page), the tenant's
/// profiles and interview sessions, and the team's rounds with only the newest rounds' intros.
/// </summary>
public sealed class StatsReader(
    IConnectorClient connector,
    ProfileStore profiles,
    InterviewSessionStore sessions,
    RoundStore rounds,
    IntroStore intros,
    TimeProvider clock,
    ILogger<StatsReader> logger)
{
    public async Task<StatsData> ReadAsync(TeamSettings team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var roster = await RosterAsync(team, cancellationToken);

        var teamRounds = new List<RoundRecord>();
        await foreach (var round in rounds.ListAsync(team.TenantId, team.TeamId, cancellationToken))
        {
            teamRounds.Add(round);
        }

        var shown = teamRounds.Select(r => r.RoundId).Order(StringComparer.Ordinal).TakeLast(StatsFigures.MaxRounds).ToList();
        var recentIntros = new List<IntroRecord>();
        if (shown.Count > 0)
        {
            await foreach (var intro in intros.ListFromRoundAsync(team.TenantId, team.TeamId, shown[0], cancellationToken))
            {
                recentIntros.Add(intro);
            }
        }

        var tenantProfiles = new List<Profile>();
        var sessionMembers = new List<string>();
        if (roster is not null)
        {
            await foreach (var profile in profiles.ListAsync(team.TenantId, cancellationToken))
            {
                tenantProfiles.Add(profile);
            }

            await foreach (var session in sessions.ListAsync(team.TenantId, cancellationToken))
            {
                sessionMembers.Add(session.MemberId);
            }
        }

        return new StatsData
        {
            Team = team,
            Now = clock.GetUtcNow(),
            Roster = roster,
            Profiles = tenantProfiles,
            SessionMemberIds = sessionMembers,
            Rounds = teamRounds,
            Intros = recentIntros,
        };
    }

    private async Task<List<TeamsChannelAccount>?> RosterAsync(TeamSettings team, CancellationToken cancellationToken)
    {
        var roster = new List<TeamsChannelAccount>();
        try
        {
            await foreach (var member in connector.ForTenant(team.TenantId).GetAllMembersAsync(team.ServiceUrl, team.TeamId, cancellationToken: cancellationToken))
            {
                roster.Add(member);
            }

            return roster;
        }
        catch (ConnectorException e)
        {
            // The rounds still make a useful card: the member figures say they are unavailable instead.
            logger.LogWarning(e, "Could not read the roster of team {TeamId} of tenant {TenantId} for stats: {Outcome} ({Status}).", team.TeamId, team.TenantId, e.Outcome, e.StatusCode);
            return null;
        }
    }
}
