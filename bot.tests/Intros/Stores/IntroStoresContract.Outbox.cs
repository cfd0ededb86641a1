using ConnectorBot.Intros;
using ConnectorBot.Intros.Stores;

using static ConnectorBot.Tests.Intros.IntroSamples;

namespace ConnectorBot.Tests.Intros.Stores;

public abstract partial class IntroStoresContract
{
    [Fact]
    public async Task Outbox_enqueued_twice_is_one_item_round_tripped()
    {
        var store = new OutboxStore(Tables);
        var tenant = NewTenant();
        var item = Item(tenant, "handoff|19:x/1@thread|aad-ada", OutboxKind.Handoff) with { MemberId = Ada };

        Assert.True(await store.EnqueueAsync(item));
        Assert.False(await store.EnqueueAsync(item with { Attempts = 5 }));

        Assert.Equal(item, Assert.Single(await ToListAsync(store.ListPendingAsync(tenant, Team))));
        Assert.Equal(item, await store.GetAsync(tenant, Team, item.Key));
    }

    [Fact]
    public async Task Outbox_deferred_counts_the_attempt_and_stays_pending()
    {
        var store = new OutboxStore(Tables);
        var tenant = NewTenant();
        var item = Item(tenant, "post|1", OutboxKind.PostIntro);
        await store.EnqueueAsync(item);

        await store.DeferAsync(item, Now.AddSeconds(30), "429 Too Many Requests");
        var deferred = await store.DeferAsync(item, Now.AddSeconds(90), new string('x', 5000));

        Assert.Equal(2, deferred!.Attempts);
        Assert.Equal(Now.AddSeconds(90), deferred.NotBefore);
        Assert.Equal(1000, deferred.LastError!.Length);
        Assert.Equal(deferred, Assert.Single(await ToListAsync(store.ListPendingAsync(tenant, Team))));
    }

    [Fact]
    public async Task Outbox_completed_leaves_the_pending_lists_and_keeps_the_first_completion()
    {
        var store = new OutboxStore(Tables);
        var tenant = NewTenant();
        var post = Item(tenant, "post|1", OutboxKind.PostIntro);
        var update = Item(tenant, "update|1|2", OutboxKind.UpdateCard);
        var followUp = Item(tenant, "followup|1|aad-ben", OutboxKind.FollowUp) with { TeamId = "19:teamB@thread.skype", MemberId = Ben };
        foreach (var item in new[] { post, update, followUp })
        {
            await store.EnqueueAsync(item);
        }

        await store.CompleteAsync(post, Now.AddMinutes(1));
        await store.CompleteAsync(post, Now.AddMinutes(2));

        var done = await store.GetAsync(tenant, Team, post.Key);
        Assert.True(done!.Done);
        Assert.Equal(Now.AddMinutes(1), done.CompletedAt);
        Assert.Null(await store.DeferAsync(Item(NewTenant(), "missing", OutboxKind.PostIntro), Now, null));
        Assert.Equal([update.Key], (await ToListAsync(store.ListPendingAsync(tenant, Team))).Select(i => i.Key));
        Assert.Equal(
            [followUp.Key, update.Key],
            (await ToListAsync(store.ListAllPendingAsync())).Where(i => i.TenantId == tenant).Select(i => i.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Outbox_waiting_notes_to_a_member_go_from_every_team_of_their_tenant_sent_or_not_and_nothing_else_does()
    {
        var store = new OutboxStore(Tables);
        var tenant = NewTenant();
        var otherTenant = NewTenant();
        var queued = OutboxItem.ForRound(tenant, Team, "20261123T0900", OutboxKind.WaitingNote, OutboxKeys.WaitingNote("20261123T0900", Ada), Now, Ada);
        var sent = OutboxItem.ForRound(tenant, "19:teamB@thread.skype", "20261116T0900", OutboxKind.WaitingNote, OutboxKeys.WaitingNote("20261116T0900", Ada), Now, Ada);
        var theirHandoff = Item(tenant, OutboxKeys.Handoff("1", Ada), OutboxKind.Handoff) with { MemberId = Ada };
        var someoneElse = OutboxItem.ForRound(tenant, Team, "20261123T0900", OutboxKind.WaitingNote, OutboxKeys.WaitingNote("20261123T0900", Ben), Now, Ben);
        var elsewhere = queued with { TenantId = otherTenant };
        foreach (var item in new[] { queued, sent, theirHandoff, someoneElse, elsewhere })
        {
            await store.EnqueueAsync(item);
        }

        await store.CompleteAsync(sent, Now);

        Assert.Equal(2, await store.DeleteToMemberAsync(tenant, Ada, OutboxKind.WaitingNote));

        Assert.Null(await store.GetAsync(tenant, Team, queued.Key));
        Assert.Null(await store.GetAsync(tenant, sent.TeamId, sent.Key));
        Assert.NotNull(await store.GetAsync(tenant, Team, theirHandoff.Key));
        Assert.NotNull(await store.GetAsync(tenant, Team, someoneElse.Key));
        Assert.NotNull(await store.GetAsync(otherTenant, Team, elsewhere.Key));
        Assert.Equal(0, await store.DeleteToMemberAsync(tenant, Ada, OutboxKind.WaitingNote));
    }

    private static OutboxItem Item(string tenant, string key, OutboxKind kind) => new()
    {
        TenantId = tenant,
        TeamId = Team,
        Key = key,
        Kind = kind,
        IntroId = "1",
        CreatedAt = Now,
    };
}
