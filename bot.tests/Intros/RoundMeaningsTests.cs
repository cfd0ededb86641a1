using System.Collections.Concurrent;

using ConnectorBot.Interview;
using ConnectorBot.Intros;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Matching;
using ConnectorBot.Privacy;
using ConnectorBot.Tests.Teams;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Intros;

/// <summary>The round asks the optional embedding provider for its members' meanings and never depends on it.</summary>
public sealed class RoundMeaningsTests
{
    [Fact]
    public async Task The_round_asks_for_every_eligible_members_meaning_in_its_own_tenant()
    {
        RecordingMeanings provider = new(fail: false);
        await using var team = await AdminTeam.StartAsync(services: s => s.AddSingleton<IMemberMeanings>(provider));
        await AddPairAsync(team);

        var plan = await PlanAsync(team);

        (var tenant, var members) = Assert.Single(provider.Calls);
        Assert.Equal(team.TenantId, tenant);
        Assert.Equal([team.Ada.AadObjectId, team.Ben.AadObjectId], members.Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.Contains(members, m => TextMeaning.AskText(m).Contains("wireless coverage", StringComparison.Ordinal));
        Assert.Single(plan.NewIntros);
    }

    [Fact]
    public async Task A_provider_failure_leaves_the_round_to_the_offline_word_vectors()
    {
        RecordingMeanings provider = new(fail: true);
        await using var team = await AdminTeam.StartAsync(services: s => s.AddSingleton<IMemberMeanings>(provider));
        await AddPairAsync(team);

        var plan = await PlanAsync(team);

        Assert.Single(provider.Calls);
        var intro = Assert.Single(plan.NewIntros);
        Assert.Equal(2, intro.Parties.Count);
    }

    [Fact]
    public async Task Someone_who_says_forget_me_while_the_round_is_matching_gets_no_intro()
    {
        RecordingMeanings provider = new(fail: false);
        await using var team = await AdminTeam.StartAsync(services: s => s.AddSingleton<IMemberMeanings>(provider));
        await AddPairAsync(team);
        // "Forget me" lands after the round read the profiles and before it writes anything: every store erases Ben.
        provider.WhileMatching = async () =>
        {
            foreach (var data in team.Services.GetServices<IMemberData>())
            {
                await data.EraseAsync(new MemberKey(team.TenantId, team.Ben.AadObjectId!, team.Ben.Id!, null), default);
            }
        };
        var settings = (await team.Teams.GetAsync(team.TenantId, AdminTeam.TeamId))!;

        var report = await team.Services.GetRequiredService<RoundRunner>().RunAsync(settings, team.Clock.GetUtcNow(), default);

        Assert.Equal(0, report!.Intros);
        Assert.Empty(await team.Services.GetRequiredService<IntroStore>().ListAsync(team.TenantId, AdminTeam.TeamId).ToListAsync());
    }

    private static async Task AddPairAsync(AdminTeam team)
    {
        await team.AddProfileAsync(team.Ada, "Digitise the paper checklists", "someone who has moved paper checklists onto tablets", "I fixed the Wi-Fi dead zones in the warehouse");
        await team.AddProfileAsync(team.Ben, "Sort out the wireless in the plant", "someone who can sort out wireless coverage in a steel building", "I moved our hygiene checks onto iPads");
    }

    private static async Task<RoundPlan> PlanAsync(AdminTeam team)
    {
        var settings = (await team.Teams.GetAsync(team.TenantId, AdminTeam.TeamId))!;
        return await team.Services.GetRequiredService<RoundRunner>().PlanAsync(settings, "meanings-test", default);
    }

    /// <summary>Records each request and answers with one embedding per member, or fails like an unreachable provider.</summary>
    private sealed class RecordingMeanings(bool fail) : IMemberMeanings
    {
        private readonly ConcurrentQueue<(string, IReadOnlyList<MatchProfile>)> _calls = new();

        public IReadOnlyList<(string Tenant, IReadOnlyList<MatchProfile> Members)> Calls => [.. _calls];

        /// <summary>Runs inside the round, between reading the members and writing its intros.</summary>
        public Func<Task>? WhileMatching { get; set; }

        public async Task<IReadOnlyDictionary<string, TextMeaning>> ForAsync(string tenantId, IReadOnlyList<MatchProfile> members, CancellationToken cancellationToken)
        {
            _calls.Enqueue((tenantId, members));
            if (WhileMatching is not null)
            {
                await WhileMatching();
            }

            if (fail)
            {
                throw new HttpRequestException("provider unreachable");
            }

            // Member i asks for direction i and offers direction i + 1: with two members, each offers what the other asks.
            var n = members.Count;
            return members
                .Select((m, i) => (m.Id, Meaning: new TextMeaning(Unit(i, n), Unit((i + 1) % n, n), [])))
                .ToDictionary(x => x.Id, x => x.Meaning);
        }

        private static float[] Unit(int axis, int dimensions)
        {
            var v = new float[dimensions];
            v[axis] = 1;
            return v;
        }
    }
}
