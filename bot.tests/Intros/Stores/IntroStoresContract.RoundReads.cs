using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Intros.Stores;

using static ConnectorBot.Tests.Intros.IntroSamples;

namespace ConnectorBot.Tests.Intros.Stores;

/// <summary>What a round reads and writes in bulk: a roster's profiles, and one outbox item per intro.</summary>
public abstract partial class IntroStoresContract
{
    [Fact]
    public async Task Profiles_of_a_roster_are_read_together_and_only_the_stored_ones_of_that_tenant_come_back()
    {
        var store = new ProfileStore(Tables);
        var (tenant, otherTenant) = (NewTenant(), NewTenant());
        for (var i = 0; i < 40; i += 2)
        {
            var id = $"aad-{i:D3}";
            await store.UpdateAsync(Member(tenant, id), _ => new Profile { TenantId = tenant, MemberId = id, Name = $"Member {i}", Accomplish = $"goal {i}" }, CancellationToken.None);
        }

        await store.UpdateAsync(Member(otherTenant, "aad-001"), _ => new Profile { TenantId = otherTenant, MemberId = "aad-001", Name = "Elsewhere" }, CancellationToken.None);

        // Every member of 0..39 asked for, one of them twice: the even ones are stored, aad-001 only in another tenant.
        var roster = Enumerable.Range(0, 40).Select(i => $"aad-{i:D3}").Append("aad-004").ToList();
        var found = await store.GetManyAsync(tenant, roster, CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"aad-{2 * i:D3}"), found.Keys.Order(StringComparer.Ordinal));
        Assert.All(found, kv => Assert.Equal(kv.Key, kv.Value.MemberId));
        Assert.Equal("goal 10", found["aad-010"].Accomplish);
    }

    [Fact]
    public async Task Profiles_of_a_roster_past_the_point_read_limit_come_from_one_read_of_the_tenants_partition()
    {
        var store = new ProfileStore(Tables);
        var (tenant, otherTenant) = (NewTenant(), NewTenant());
        var asked = ProfileStore.PointReadLimit + 50;
        for (var i = 0; i < asked + 10; i += 3)
        {
            var id = $"aad-{i:D3}";
            await store.UpdateAsync(Member(tenant, id), _ => new Profile { TenantId = tenant, MemberId = id, Accomplish = $"goal {i}" }, CancellationToken.None);
        }

        await store.UpdateAsync(Member(otherTenant, "aad-001"), _ => new Profile { TenantId = otherTenant, MemberId = "aad-001", Name = "Elsewhere" }, CancellationToken.None);

        // Members 0..asked-1 asked for: every third is stored; those stored past the roster, and aad-001 elsewhere, are not returned.
        var found = await store.GetManyAsync(tenant, [.. Enumerable.Range(0, asked).Select(i => $"aad-{i:D3}")], CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, asked).Where(i => i % 3 == 0).Select(i => $"aad-{i:D3}"), found.Keys.Order(StringComparer.Ordinal));
        Assert.All(found, kv => Assert.Equal(kv.Key, kv.Value.MemberId));
        Assert.Equal("goal 30", found["aad-030"].Accomplish);
    }

    [Fact]
    public async Task Outbox_queues_a_rounds_items_in_transactions_and_keeps_those_already_queued()
    {
        var store = new OutboxStore(Tables);
        var tenant = NewTenant();
        var items = Enumerable.Range(0, 250).Select(i => Item(tenant, $"post|{i:D4}", OutboxKind.PostIntro) with { IntroId = $"{i}" }).ToList();

        // A round run again after a crash: some of its items were queued by the first attempt, one since deferred.
        await store.EnqueueAsync(items[120]);
        var deferred = await store.DeferAsync(items[120], Now.AddSeconds(30), "429");
        await store.EnqueueAsync(items[249]);

        Assert.Equal(248, await store.EnqueueManyAsync([.. items, items[7]]));
        Assert.Equal(0, await store.EnqueueManyAsync(items));

        var pending = await ToListAsync(store.ListPendingAsync(tenant, Team));
        Assert.Equal(250, pending.Count);
        Assert.Equal(deferred, pending.Single(p => p.Key == "post|0120"));
        Assert.Equal(items[7], pending.Single(p => p.Key == "post|0007"));
    }
}
