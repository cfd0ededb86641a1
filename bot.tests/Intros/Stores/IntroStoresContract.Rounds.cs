using ConnectorBot.Intros;
using ConnectorBot.Intros.Stores;

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

    private static RoundRecord Round(string tenant, string roundId) => new()
    {
        TenantId = tenant,
        TeamId = Team,
        RoundId = roundId,
        SlotAt = Now,
        CreatedAt = Now.AddSeconds(3),
    };
}
