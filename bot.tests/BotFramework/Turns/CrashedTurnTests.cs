using ConnectorBot.BotFramework;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Storage;
using ConnectorBot.Storage.Embedded;
using ConnectorBot.Tests.Storage.Contract;

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ConnectorBot.Tests.BotFramework.Turns;

/// <summary>
/// A process killed mid-turn never releases its once-only marker; Teams then redelivers the activity. Each deduplicator
/// below stands for one start of the bot (a process), as after a crash and restart.
/// </summary>
public sealed class CrashedTurnTests
{
    [Fact]
    public async Task On_the_embedded_store_a_redelivery_after_a_restart_runs_the_turn_the_dead_process_left()
    {
        using var store = SqliteTableStore.InMemory();
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var teams = new TeamsActivities("http://127.0.0.1:9/");
        var message = teams.PersonalMessage("Ship our first product", id: "1:killed-mid-turn");

        Assert.True(await Start(store, clock).TryBeginAsync(teams.TenantId, message, default));

        // The process dies here. Its file is opened by one process only, so the next start knows the first is gone.
        var restarted = Start(store, clock);
        Assert.True(await restarted.TryBeginAsync(teams.TenantId, message, default));
        Assert.False(await restarted.TryBeginAsync(teams.TenantId, message, default));
    }

    [Fact]
    public async Task A_finished_turn_is_never_run_again_after_a_restart()
    {
        using var store = SqliteTableStore.InMemory();
        var teams = new TeamsActivities("http://127.0.0.1:9/");
        var message = teams.PersonalMessage("help", id: "1:finished");
        var first = Start(store, TimeProvider.System);
        Assert.True(await first.TryBeginAsync(teams.TenantId, message, default));
        await first.CompleteAsync(teams.TenantId, message, default);

        Assert.False(await Start(store, TimeProvider.System).TryBeginAsync(teams.TenantId, message, default));
    }

    [Fact]
    public async Task A_marker_without_an_owner_was_written_by_a_finished_turn_and_is_never_taken_over()
    {
        using var store = SqliteTableStore.InMemory();
        var teams = new TeamsActivities("http://127.0.0.1:9/");
        var message = teams.PersonalMessage("help", id: "1:before-owners");
        var table = await store.OpenTableAsync(ActivityDeduplicator.TableName);
        await table.AddEntityAsync(new Azure.Data.Tables.TableEntity(TableKey.Escape(teams.TenantId), TableKey.Escape(teams.PersonalConversationId) + "|" + TableKey.Escape(message.Id!)));

        Assert.False(await Start(store, TimeProvider.System).TryBeginAsync(teams.TenantId, message, default));
    }

    private static ActivityDeduplicator Start(ITableStore store, TimeProvider clock) =>
        new(new TableSet(store), clock, NullLogger<ActivityDeduplicator>.Instance);
}

/// <summary>
/// On a shared account another instance may still be at work: its marker is taken over only once Teams has given up on
/// it. A process started in place of a dead one on the same instance takes over at once.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SharedStoreCrashedTurnTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_redelivery_waits_out_Teams_patience_before_taking_over_another_instances_turn()
    {
        var store = azurite.CreateStore();
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var teams = new TeamsActivities("http://127.0.0.1:9/", "tenant-" + Guid.NewGuid().ToString("N"));
        var message = teams.PersonalMessage("Ship our first product", id: "1:other-instance");
        var first = On(store, clock, "instance-a");
        var second = On(store, clock, "instance-b");

        Assert.True(await first.TryBeginAsync(teams.TenantId, message, default));
        Assert.False(await second.TryBeginAsync(teams.TenantId, message, default));

        clock.Advance(ActivityDeduplicator.TeamsPatience + TimeSpan.FromSeconds(1));
        Assert.True(await second.TryBeginAsync(teams.TenantId, message, default));
        Assert.False(await first.TryBeginAsync(teams.TenantId, message, default));
    }

    [Fact]
    public async Task A_process_started_in_place_of_a_dead_one_on_its_instance_takes_its_turn_over_at_once()
    {
        var store = azurite.CreateStore();
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var teams = new TeamsActivities("http://127.0.0.1:9/", "tenant-" + Guid.NewGuid().ToString("N"));
        var message = teams.PersonalMessage("Ship our first product", id: "1:same-instance");

        Assert.True(await On(store, clock, "instance-a").TryBeginAsync(teams.TenantId, message, default));

        var restarted = On(store, clock, "instance-a");
        Assert.True(await restarted.TryBeginAsync(teams.TenantId, message, default));
        Assert.False(await On(store, clock, "instance-b").TryBeginAsync(teams.TenantId, message, default));
    }

    private static ActivityDeduplicator On(ITableStore store, TimeProvider clock, string instance) =>
        new(new TableSet(store), clock, NullLogger<ActivityDeduplicator>.Instance, Options.Create(new BotOptions { InstanceName = instance }));
}
