using ConnectorBot.BotFramework.Replies;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Storage;
using ConnectorBot.Storage.Embedded;
using ConnectorBot.Tests.Storage.Contract;

namespace ConnectorBot.Tests.BotFramework.Replies;

/// <summary>
/// Whether a chat owes replies, as every turn asks before it sends: the same answers on both stores, though the embedded
/// one keeps the answer in memory. Each <see cref="ReplyStore"/> below stands for one start of the bot.
/// </summary>
public abstract class ReplyStoreContract
{
    protected abstract ITableStore Store { get; }

    [Fact]
    public async Task A_chat_owes_replies_from_the_first_queued_until_the_last_is_removed_across_restarts()
    {
        var tenant = "tenant-" + Guid.NewGuid().ToString("N");
        var first = new ReplyStore(new TableSet(Store));
        Assert.False(await first.HasPendingAsync(tenant, "a:chat", default));

        Assert.True(await first.AddAsync(Reply(tenant, "a:chat", "1:turn", 0), default));
        Assert.True(await first.AddAsync(Reply(tenant, "a:chat", "1:turn", 1), default));
        Assert.False(await first.AddAsync(Reply(tenant, "a:chat", "1:turn", 1), default));
        Assert.True(await first.HasPendingAsync(tenant, "a:chat", default));
        Assert.False(await first.HasPendingAsync(tenant, "b:chat", default));

        var restarted = new ReplyStore(new TableSet(Store));
        Assert.True(await restarted.HasPendingAsync(tenant, "a:chat", default));
        await restarted.DeleteAsync(tenant, "a:chat", "1:turn", 0, default);
        Assert.True(await restarted.HasPendingAsync(tenant, "a:chat", default));
        await restarted.DeleteAsync(tenant, "a:chat", "1:turn", 1, default);
        Assert.False(await restarted.HasPendingAsync(tenant, "a:chat", default));
    }

    [Fact]
    public async Task Erasing_a_members_replies_clears_what_their_chat_owes()
    {
        var tenant = "tenant-" + Guid.NewGuid().ToString("N");
        var replies = new ReplyStore(new TableSet(Store));
        Assert.True(await replies.AddAsync(Reply(tenant, "a:chat", "1:turn", 0), default));
        Assert.True(await replies.AddAsync(Reply(tenant, "b:chat", "2:turn", 0, memberId: "aad-other"), default));

        Assert.Equal(1, await replies.EraseAsync(tenant, "aad-member", default));

        Assert.False(await replies.HasPendingAsync(tenant, "a:chat", default));
        Assert.True(await replies.HasPendingAsync(tenant, "b:chat", default));
    }

    private static QueuedReply Reply(string tenant, string conversationId, string turnId, int index, string memberId = "aad-member") => new()
    {
        TenantId = tenant,
        ConversationId = conversationId,
        ServiceUrl = "http://127.0.0.1:9/",
        Authenticated = true,
        MemberId = memberId,
        TurnActivityId = turnId,
        Index = index,
        Reply = new Activity { Type = ActivityTypes.Message, Text = "owed" },
        Sequence = DateTimeOffset.UtcNow.Ticks + index,
        QueuedAt = DateTimeOffset.UtcNow,
    };
}

public sealed class EmbeddedReplyStoreTests : ReplyStoreContract, IDisposable
{
    private readonly SqliteTableStore _store = SqliteTableStore.InMemory();

    protected override ITableStore Store => _store;

    public void Dispose() => _store.Dispose();
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteReplyStoreTests(AzuriteFixture azurite) : ReplyStoreContract
{
    private readonly ITableStore _store = azurite.CreateStore();

    protected override ITableStore Store => _store;
}
