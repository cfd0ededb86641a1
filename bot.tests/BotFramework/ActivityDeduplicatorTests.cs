using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Storage;
using ConnectorBot.Storage.Embedded;

using Microsoft.Extensions.Logging.Abstractions;

namespace ConnectorBot.Tests.BotFramework;

public sealed class ActivityDeduplicatorTests : IDisposable
{
    private readonly SqliteTableStore _store = SqliteTableStore.InMemory();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Markers_past_the_retention_are_swept_and_recent_ones_kept()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var dedupe = new ActivityDeduplicator(new TableSet(_store), clock, NullLogger<ActivityDeduplicator>.Instance);
        var teams = new TeamsActivities("http://127.0.0.1:9/");
        var activity = teams.PersonalMessage("hello", id: "1:old");
        Assert.True(await dedupe.TryBeginAsync(teams.TenantId, activity, default));
        await dedupe.CompleteAsync(teams.TenantId, activity, default);

        Assert.Equal(0, await dedupe.SweepAsync(default));
        Assert.False(await dedupe.TryBeginAsync(teams.TenantId, activity, default));

        clock.Advance(ActivityDeduplicator.Retention + TimeSpan.FromHours(1));
        Assert.Equal(1, await dedupe.SweepAsync(default));
        Assert.True(await dedupe.TryBeginAsync(teams.TenantId, activity, default));
    }

    [Fact]
    public async Task Erasing_a_conversation_removes_only_its_markers()
    {
        var dedupe = Start();
        var ben = new TeamsActivities("http://127.0.0.1:9/");
        var ana = new TeamsActivities("http://127.0.0.1:9/") { User = new() { Id = "29:1ana", Name = "Ana", AadObjectId = "aad-ana" } };
        var anas = ana.PersonalMessage("c");
        foreach (var (tenantId, activity) in new[] { (ben.TenantId, ben.PersonalMessage("a")), (ben.TenantId, ben.PersonalMessage("b")), (ana.TenantId, anas) })
        {
            Assert.True(await dedupe.TryBeginAsync(tenantId, activity, default));
            await dedupe.CompleteAsync(tenantId, activity, default);
        }

        Assert.Equal(2, await dedupe.EraseConversationAsync(ben.TenantId, ben.PersonalConversationId, default));
        Assert.False(await dedupe.TryBeginAsync(ana.TenantId, anas, default));
    }

    [Fact]
    public async Task On_the_embedded_store_a_running_turn_is_guarded_in_memory_and_its_marker_written_once_it_ends()
    {
        var dedupe = Start();
        var teams = new TeamsActivities("http://127.0.0.1:9/");
        var activity = teams.PersonalMessage("help", id: "1:running");

        Assert.True(await dedupe.TryBeginAsync(teams.TenantId, activity, default));
        Assert.False(await dedupe.TryBeginAsync(teams.TenantId, activity, default));
        Assert.Empty(await MarkersAsync());

        await dedupe.CompleteAsync(teams.TenantId, activity, default);
        var marker = Assert.Single(await MarkersAsync());
        Assert.True(marker.GetBoolean("Done"));
        Assert.NotNull(marker.GetString("Owner"));
        Assert.False(await dedupe.TryBeginAsync(teams.TenantId, activity, default));

        // The next start reads it.
        var restarted = Start();
        Assert.False(await restarted.TryBeginAsync(teams.TenantId, activity, default));
    }

    [Fact]
    public async Task A_turn_given_up_leaves_nothing_and_its_redelivery_runs()
    {
        var dedupe = Start();
        var teams = new TeamsActivities("http://127.0.0.1:9/");
        var activity = teams.PersonalMessage("help", id: "1:abandoned");

        Assert.True(await dedupe.TryBeginAsync(teams.TenantId, activity, default));
        await dedupe.AbandonAsync(teams.TenantId, activity, default);

        Assert.Empty(await MarkersAsync());
        Assert.True(await dedupe.TryBeginAsync(teams.TenantId, activity, default));
    }

    [Fact]
    public async Task A_chat_erased_while_its_turn_runs_gets_no_marker_back_when_the_turn_ends()
    {
        var dedupe = Start();
        var teams = new TeamsActivities("http://127.0.0.1:9/");
        var earlier = teams.PersonalMessage("hi", id: "1:earlier");
        var forgetMe = teams.PersonalMessage("forget me", id: "1:forget-me");
        Assert.True(await dedupe.TryBeginAsync(teams.TenantId, earlier, default));
        await dedupe.CompleteAsync(teams.TenantId, earlier, default);

        Assert.True(await dedupe.TryBeginAsync(teams.TenantId, forgetMe, default));
        Assert.Equal(1, await dedupe.EraseConversationAsync(teams.TenantId, teams.PersonalConversationId, default));
        await dedupe.CompleteAsync(teams.TenantId, forgetMe, default);

        Assert.Empty(await MarkersAsync());
    }

    // One start of the bot's process.
    private ActivityDeduplicator Start() => new(new TableSet(_store), TimeProvider.System, NullLogger<ActivityDeduplicator>.Instance);

    private async Task<List<Azure.Data.Tables.TableEntity>> MarkersAsync()
    {
        var table = await _store.OpenTableAsync(ActivityDeduplicator.TableName);
        var rows = new List<Azure.Data.Tables.TableEntity>();
        await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }
}
