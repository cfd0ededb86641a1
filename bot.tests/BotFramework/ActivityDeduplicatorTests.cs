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

        Assert.Equal(0, await dedupe.SweepAsync(default));
        Assert.False(await dedupe.TryBeginAsync(teams.TenantId, activity, default));

        clock.Advance(ActivityDeduplicator.Retention + TimeSpan.FromHours(1));
        Assert.Equal(1, await dedupe.SweepAsync(default));
        Assert.True(await dedupe.TryBeginAsync(teams.TenantId, activity, default));
    }

    [Fact]
    public async Task Erasing_a_conversation_removes_only_its_markers()
    {
        var dedupe = new ActivityDeduplicator(new TableSet(_store), TimeProvider.System, NullLogger<ActivityDeduplicator>.Instance);
        var ben = new TeamsActivities("http://127.0.0.1:9/");
        var ana = new TeamsActivities("http://127.0.0.1:9/") { User = new() { Id = "29:1ana", Name = "Ana", AadObjectId = "aad-ana" } };
        await dedupe.TryBeginAsync(ben.TenantId, ben.PersonalMessage("a"), default);
        await dedupe.TryBeginAsync(ben.TenantId, ben.PersonalMessage("b"), default);
        var anas = ana.PersonalMessage("c");
        await dedupe.TryBeginAsync(ana.TenantId, anas, default);

        Assert.Equal(2, await dedupe.EraseConversationAsync(ben.TenantId, ben.PersonalConversationId, default));
        Assert.False(await dedupe.TryBeginAsync(ana.TenantId, anas, default));
    }
}
