using ConnectorBot.Intros;
using ConnectorBot.Intros.Stores;

using static ConnectorBot.Tests.Intros.IntroSamples;

namespace ConnectorBot.Tests.Intros.Stores;

public abstract partial class IntroStoresContract
{
    /// <summary>1,000 characters (the interview's cap) of text that JSON and tables handle badly.</summary>
    private static readonly string LongAnswer = string.Concat(Enumerable.Repeat("Ünïcödé \"quotes\" \\ / 中文 עברית 🍵🚀\n", 40))[..1000];

    [Fact]
    public async Task Intro_round_trips_every_field_with_unicode_long_answers_and_teams_ids()
    {
        var store = new IntroStore(Tables);
        var tenant = NewTenant();
        var intro = Intro("19:x/y?#%~;1@thread.tacv2", tenant: tenant) with
        {
            Parties =
            [
                Party(Ada, "Ada Ørsted-Ñúñez") with { Accomplish = LongAnswer, ConnectWith = LongAnswer, Offer = LongAnswer, Decision = Decision.Accepted },
                Party(Ben, "本 Ben") with { Accomplish = LongAnswer, ConnectWith = LongAnswer, Offer = null, Outcome = MeetingOutcome.NotYet, HandoffFailed = true },
            ],
            ConversationId = "19:channel@thread.tacv2;messageid=1700000000001",
            ActivityId = "1700000000001",
            ClosedAt = Now.AddDays(1),
            FollowUpSentAt = Now.AddDays(8),
        };

        await store.AddManyAsync([intro]);
        var read = await store.GetAsync(tenant, Team, intro.IntroId);

        Assert.NotNull(read);
        Assert.Equal(intro.Parties, read.Parties);
        Assert.Equal(intro, read with { Parties = intro.Parties });
    }

    [Fact]
    public async Task Intro_missing_is_null()
    {
        Assert.Null(await new IntroStore(Tables).GetAsync(NewTenant(), Team, "nope"));
    }

    [Fact]
    public async Task Intro_ten_parallel_accepts_apply_exactly_one_decision_per_member()
    {
        var store = new IntroStore(Tables);
        var tenant = NewTenant();
        var intro = Intro(tenant: tenant);
        await store.AddManyAsync([intro]);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(async i =>
        {
            var member = i % 2 == 0 ? Ada : Ben;
            var outcome = DecisionOutcome.Closed;
            await store.UpdateAsync(tenant, Team, intro.IntroId, current =>
            {
                var result = IntroDecisions.Decide(current!, member, Decision.Accepted, Now.AddHours(1));
                outcome = result.Outcome;
                return result.Outcome == DecisionOutcome.Applied ? result.Intro : null;
            });
            return (member, outcome);
        }));

        Assert.Equal([Ada, Ben], outcomes.Where(o => o.outcome == DecisionOutcome.Applied).Select(o => o.member).Order(StringComparer.Ordinal));
        Assert.All(outcomes.Where(o => o.outcome != DecisionOutcome.Applied), o => Assert.Equal(DecisionOutcome.AlreadyDecided, o.outcome));
        var stored = await store.GetAsync(tenant, Team, intro.IntroId);
        Assert.Equal(IntroState.Connected, stored!.State);
        Assert.All(stored.Parties, p => Assert.Equal(Decision.Accepted, p.Decision));
    }

    [Fact]
    public async Task Intro_add_many_retried_adds_only_the_missing_and_keeps_what_moved_on()
    {
        var store = new IntroStore(Tables);
        var tenant = NewTenant();
        var round = Enumerable.Range(0, 150).Select(i => Intro($"r1-{i:D3}", IntroState.Planned, tenant)).ToList();
        var otherTeam = Intro("r1-000", IntroState.Planned, tenant, "19:other@thread.tacv2");

        Assert.Equal(120, await store.AddManyAsync(round.Take(120)));
        await store.UpdateAsync(tenant, Team, "r1-005", current => current! with { State = IntroState.Posted, ActivityId = "a5" });

        Assert.Equal(31, await store.AddManyAsync([.. round, otherTeam]));
        Assert.Equal(0, await store.AddManyAsync([.. round, otherTeam]));

        var stored = await ToListAsync(store.ListAsync(tenant, Team));
        Assert.Equal(round.Select(r => r.IntroId), stored.Select(r => r.IntroId));
        Assert.Equal("a5", stored.Single(r => r.IntroId == "r1-005").ActivityId);
        Assert.Single(await ToListAsync(store.ListAsync(tenant, otherTeam.TeamId)));
    }

    [Fact]
    public async Task Intro_list_filters_by_state()
    {
        var store = new IntroStore(Tables);
        var tenant = NewTenant();
        await store.AddManyAsync([Intro("a", IntroState.Posted, tenant), Intro("b", IntroState.Connected, tenant), Intro("c", IntroState.Posted, tenant)]);

        Assert.Equal(["a", "c"], (await ToListAsync(store.ListAsync(tenant, Team, IntroState.Posted))).Select(i => i.IntroId));
        Assert.Equal(["b"], (await ToListAsync(store.ListAsync(tenant, Team, IntroState.Connected))).Select(i => i.IntroId));
        Assert.Equal(3, (await ToListAsync(store.ListAsync(tenant, Team))).Count);
    }

    [Fact]
    public async Task Intro_export_and_list_naming_cover_the_members_intros_in_every_team_of_their_tenant_only()
    {
        var store = new IntroStore(Tables);
        var (tenant, otherTenant) = (NewTenant(), NewTenant());
        const string TeamB = "19:teamB;x@thread.skype";
        var cy = Party("aad-cy-0003", "Cy");
        await store.AddManyAsync(
        [
            Intro("1", tenant: tenant),
            Intro("2", tenant: tenant, team: TeamB),
            Intro("3", tenant: tenant) with { Parties = [Party(Ben, "Ben"), cy] },
            Intro("4", tenant: otherTenant),
        ]);

        var export = await store.ExportAsync(Member(tenant, Ada), CancellationToken.None);
        Assert.Equal(["1", "2"], export.Select(row => (string)row[nameof(IntroEntity.IntroId)]).Order(StringComparer.Ordinal));
        Assert.Contains(export, row => (string)row[nameof(IntroEntity.TeamId)] == TeamB);

        Assert.Equal(["1", "2"], (await store.ListNamingAsync(Member(tenant, Ada), CancellationToken.None)).Select(i => i.IntroId).Order(StringComparer.Ordinal));
        Assert.Single(await store.ExportAsync(Member(otherTenant, Ada), CancellationToken.None));
    }

    [Fact]
    public async Task Intro_export_and_list_naming_never_reach_a_tenant_that_merely_shares_the_prefix()
    {
        var store = new IntroStore(Tables);
        var tenant = NewTenant();
        var lookalike = tenant + "|x";
        await store.AddManyAsync([Intro("1", tenant: lookalike, team: "y")]);

        Assert.Empty(await store.ExportAsync(Member(tenant, Ada), CancellationToken.None));
        Assert.Empty(await store.ListNamingAsync(Member(tenant, Ada), CancellationToken.None));
    }

    [Fact]
    public async Task Intro_accepts_and_passes_racing_end_passed_with_bens_one_pass_applied()
    {
        var store = new IntroStore(Tables);
        var tenant = NewTenant();
        var intro = Intro(tenant: tenant);
        await store.AddManyAsync([intro]);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(async i =>
        {
            var (member, decision) = i % 2 == 0 ? (Ada, Decision.Accepted) : (Ben, Decision.Passed);
            var outcome = DecisionOutcome.Closed;
            await store.UpdateAsync(tenant, Team, intro.IntroId, current =>
            {
                var result = IntroDecisions.Decide(current!, member, decision, Now.AddHours(1));
                outcome = result.Outcome;
                return result.Outcome == DecisionOutcome.Applied ? result.Intro : null;
            });
            return (member, outcome);
        }));

        Assert.Single(outcomes, o => o.member == Ben && o.outcome == DecisionOutcome.Applied);
        Assert.True(outcomes.Count(o => o.member == Ada && o.outcome == DecisionOutcome.Applied) <= 1);
        var stored = await store.GetAsync(tenant, Team, intro.IntroId);
        Assert.Equal(IntroState.Passed, stored!.State);
        Assert.Equal(Decision.Passed, stored.Party(Ben)!.Decision);
    }
}
