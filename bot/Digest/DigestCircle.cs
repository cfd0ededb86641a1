using ConnectorBot.Asks;
using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Intros;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Teams;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Digest;

/// <summary>One membership of a team whose digest is on: the team and the member as its roster names them.</summary>
public sealed record DigestSeat(TeamSettings Team, TeamsChannelAccount Account);

/// <summary>
/// Who may appear in whose digest within one tenant, as far as teams go: the members of its teams that have the bot
/// and the digest on (team rosters, same tenant only), and the pairs with an intro still open (never offered again
/// meanwhile). The people rules (consent, pause, never-lists) are <see cref="ReachRules"/>' and the caller's.
/// </summary>
public sealed record DigestCircle(IReadOnlyDictionary<string, IReadOnlyList<DigestSeat>> Seats, IReadOnlySet<PairKey> OpenPairs)
{
    /// <summary>Everyone sharing a digest-on team with <paramref name="memberId"/>, each with the first team found.</summary>
    public IReadOnlyDictionary<string, DigestSeat> ColleaguesOf(string memberId)
    {
        var colleagues = new Dictionary<string, DigestSeat>(StringComparer.Ordinal);
        if (!Seats.TryGetValue(memberId, out var mine))
        {
            return colleagues;
        }

        var teamIds = mine.Select(s => s.Team.TeamId).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, seats) in Seats)
        {
            if (id != memberId && seats.FirstOrDefault(s => teamIds.Contains(s.Team.TeamId)) is { } shared)
            {
                colleagues[id] = shared;
            }
        }

        return colleagues;
    }

    public bool HaveOpenIntro(string a, string b) => OpenPairs.Contains(PairKey.Of(a, b));
}

/// <summary>Reads a tenant's <see cref="DigestCircle"/>: its teams, their rosters (reused a while, as for asks) and their open intros.</summary>
public sealed class DigestCircles(TeamSettingsStore teams, TeamRosters rosters, IntroStore intros)
{
    public async Task<DigestCircle> ReadAsync(string tenantId, CancellationToken cancellationToken)
    {
        var seats = new Dictionary<string, List<DigestSeat>>(StringComparer.Ordinal);
        var open = new HashSet<PairKey>();
        await foreach (var team in teams.ListTenantAsync(tenantId, cancellationToken))
        {
            if (team.TenantId != tenantId || team.UninstalledAt is not null || team.DigestOff)
            {
                continue;
            }

            foreach (var member in await rosters.GetAsync(team, cancellationToken))
            {
                var id = member.EntraObjectId!;
                if (!seats.TryGetValue(id, out var list))
                {
                    seats[id] = list = [];
                }

                list.Add(new DigestSeat(team, member));
            }

            await foreach (var intro in intros.ListAsync(tenantId, team.TeamId, cancellationToken: cancellationToken))
            {
                if (intro.State is IntroState.Planned or IntroState.Posted && intro.WithdrawnAt is null)
                {
                    foreach (var (a, n) in intro.Parties.Select((p, n) => (p, n)))
                    {
                        open.UnionWith(intro.Parties.Skip(n + 1).Select(b => PairKey.Of(a.MemberId, b.MemberId)));
                    }
                }
            }
        }

        return new DigestCircle(seats.ToDictionary(s => s.Key, s => (IReadOnlyList<DigestSeat>)s.Value, StringComparer.Ordinal), open);
    }
}
