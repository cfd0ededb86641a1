using Azure.Data.Tables;

using ConnectorBot.Intros;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Storage;

using static ConnectorBot.Tests.Intros.IntroSamples;

namespace ConnectorBot.Tests.Intros.Stores;

public abstract partial class IntroStoresContract
{
    [Fact]
    public async Task Round_adds_once_then_round_trips()
    {
        var store = new RoundStore(Tables);
        var tenant = NewTenant();
        var round = Round(tenant, "20260302T0900") with { Members = 10, Intros = 4, FirstInLine = ["aad-odd-1", "aad-odd-2"] };

        Assert.True(await store.TryAddAsync(round));
        Assert.False(await store.TryAddAsync(round with { Intros = 99 }));

        var read = await store.GetAsync(tenant, Team, round.RoundId);
        Assert.NotNull(read);
        Assert.Equal(round.FirstInLine, read.FirstInLine);
        Assert.Equal(round, read with { FirstInLine = round.FirstInLine });
        Assert.Null(await store.GetAsync(tenant, Team, "20260309T0900"));
    }

    [Fact]
    public async Task Round_list_is_one_teams_rounds_oldest_first()
    {
        var store = new RoundStore(Tables);
        var tenant = NewTenant();
        await store.TryAddAsync(Round(tenant, "20260316T0900"));
        await store.TryAddAsync(Round(tenant, "20260302T0900"));
        await store.TryAddAsync(Round(tenant, "20260302T0900") with { TeamId = "19:other@thread.tacv2" });

        Assert.Equal(["20260302T0900", "20260316T0900"], (await ToListAsync(store.ListAsync(tenant, Team))).Select(r => r.RoundId));
    }

    [Fact]
    public async Task Round_forget_waiting_takes_the_member_off_every_first_in_line_list_of_their_tenant_only()
    {
        var store = new RoundStore(Tables);
        var (tenant, otherTenant) = (NewTenant(), NewTenant());
        await store.TryAddAsync(Round(tenant, "20260302T0900") with { Intros = 4, FirstInLine = ["aad-odd-1", "aad-odd-2"] });
        await store.TryAddAsync(Round(tenant, "20260309T0900") with { TeamId = "19:other@thread.tacv2", FirstInLine = ["aad-odd-1"] });
        await store.TryAddAsync(Round(tenant, "20260316T0900") with { FirstInLine = ["aad-odd-2"] });
        await store.TryAddAsync(Round(otherTenant, "20260302T0900") with { FirstInLine = ["aad-odd-1"] });

        Assert.Equal(2, await store.ForgetWaitingAsync(tenant, "aad-odd-1"));

        var first = await store.GetAsync(tenant, Team, "20260302T0900");
        Assert.Equal(4, first!.Intros);
        Assert.Equal(["aad-odd-2"], first.FirstInLine);
        Assert.Empty((await store.GetAsync(tenant, "19:other@thread.tacv2", "20260309T0900"))!.FirstInLine);
        Assert.Equal(["aad-odd-2"], (await store.GetAsync(tenant, Team, "20260316T0900"))!.FirstInLine);
        Assert.Equal(["aad-odd-1"], (await store.GetAsync(otherTenant, Team, "20260302T0900"))!.FirstInLine);
        Assert.Equal(0, await store.ForgetWaitingAsync(tenant, "aad-odd-1"));
    }

    [Fact]
    public async Task Round_of_a_big_team_keeps_its_whole_first_in_line_list_past_one_property()
    {
        var store = new RoundStore(Tables);
        var tenant = NewTenant();
        var waiting = BigWaitingList(6_000);
        var round = Round(tenant, "20260302T0900") with { Members = 6_000, Intros = 1_000, FirstInLine = waiting };

        Assert.True(await store.TryAddAsync(round));
        Assert.False(await store.TryAddAsync(round with { FirstInLine = BigWaitingList(7_000, "other") }));

        Assert.Equal(waiting, (await store.GetAsync(tenant, Team, round.RoundId))!.FirstInLine);
        var listed = Assert.Single(await ToListAsync(store.ListAsync(tenant, Team)));
        Assert.Equal(waiting, listed.FirstInLine);
        Assert.Equal(1_000, listed.Intros);
    }

    [Fact]
    public async Task Round_written_again_after_a_cut_short_attempt_reads_only_its_own_pages()
    {
        var store = new RoundStore(Tables);
        var tenant = NewTenant();
        var round = Round(tenant, "20260302T0900");
        Assert.True(await store.TryAddAsync(round with { FirstInLine = BigWaitingList(6_000, "first") }));

        // As if the first attempt died after its pages, before the round's row: the row is gone, the pages stay.
        var rounds = await Tables.GetAsync(RoundStore.TableName);
        await rounds.DeleteEntityAsync(TeamPartition.Key(tenant, Team), TableKey.Escape(round.RoundId));
        var second = BigWaitingList(2_500, "second");
        Assert.True(await store.TryAddAsync(round with { FirstInLine = second }));

        Assert.Equal(second, (await store.GetAsync(tenant, Team, round.RoundId))!.FirstInLine);
    }

    [Fact]
    public async Task Round_forget_waiting_takes_the_member_off_a_paged_list_and_erasing_the_team_takes_the_pages()
    {
        var store = new RoundStore(Tables);
        var (tenant, otherTenant) = (NewTenant(), NewTenant());
        var waiting = BigWaitingList(6_000);
        var forgotten = waiting[4_321];
        await store.TryAddAsync(Round(tenant, "20260302T0900") with { FirstInLine = waiting });
        await store.TryAddAsync(Round(tenant, "20260309T0900") with { FirstInLine = [forgotten, "aad-odd-2"] });
        await store.TryAddAsync(Round(otherTenant, "20260302T0900") with { FirstInLine = waiting });

        Assert.Equal(2, await store.ForgetWaitingAsync(tenant, forgotten));

        Assert.Equal(waiting.Where(id => id != forgotten), (await store.GetAsync(tenant, Team, "20260302T0900"))!.FirstInLine);
        Assert.Equal(["aad-odd-2"], (await store.GetAsync(tenant, Team, "20260309T0900"))!.FirstInLine);
        Assert.Equal(waiting, (await store.GetAsync(otherTenant, Team, "20260302T0900"))!.FirstInLine);
        Assert.Equal(0, await store.ForgetWaitingAsync(tenant, forgotten));

        Assert.True(await store.EraseTeamAsync(tenant, Team, CancellationToken.None) > 2);
        Assert.Null(await store.GetAsync(tenant, Team, "20260302T0900"));
        var pages = await Tables.GetAsync(RoundStore.WaitingTableName);
        Assert.Empty(await ToListAsync(pages.QueryAsync<TableEntity>(TeamPartition.EqualsFilter(tenant, Team))));
        Assert.NotEmpty(await ToListAsync(pages.QueryAsync<TableEntity>(TeamPartition.EqualsFilter(otherTenant, Team))));
    }

    /// <summary>Teams-shaped member ids (about 70 characters), a few with characters JSON escapes or that need escaping as keys.</summary>
    private static List<string> BigWaitingList(int count, string tag = "m") =>
        [.. Enumerable.Range(0, count).Select(i => i % 500 == 7
            ? $"aad-{tag}-{i:D5}-\"quoted\"/ünïcode-🙂-{new string('x', 30)}"
            : $"{Guid.NewGuid()}-{tag}-{i:D5}-{new string('a', 20)}")];

    private static RoundRecord Round(string tenant, string roundId) => new()
    {
        TenantId = tenant,
        TeamId = Team,
        RoundId = roundId,
        SlotAt = Now,
        CreatedAt = Now.AddSeconds(3),
    };
}
