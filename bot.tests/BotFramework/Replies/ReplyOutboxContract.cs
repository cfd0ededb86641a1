using System.Net;

using ConnectorBot.BotFramework.Replies;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Interview;
using ConnectorBot.Privacy;
using ConnectorBot.Tests.Storage.Contract;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.BotFramework.Replies;

/// <summary>
/// Issue 14, "replies that survive throttling": a reply Teams will not take while the member waits is queued, the turn
/// is answered, and the reply is delivered later — in order per conversation, exactly once, across a restart — on each
/// store, through /api/messages and a real loopback connector.
/// </summary>
public abstract class ReplyOutboxContract : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    protected BotHarness Bot { get; private set; } = null!;

    protected abstract string? StorageConnectionString { get; }

    private string Chat => Bot.Teams.PersonalConversationId;

    public async Task InitializeAsync() => Bot = await BotHarness.StartAsync(StorageConnectionString);

    public async Task DisposeAsync() => await Bot.DisposeAsync();

    [Fact]
    public async Task A_reply_throttled_past_the_turns_budget_is_queued_then_delivered_once_in_order()
    {
        // Both attempts the turn may make are refused; everything after them goes through.
        Bot.Connector.Script(FakeRoute.SendToConversation, FakeResponse.Throttled(TimeSpan.FromSeconds(1)), FakeResponse.Throttled(TimeSpan.FromSeconds(1)));

        using (var install = await Bot.PostAsync(Bot.Teams.PersonalInstall()))
        {
            Assert.Equal(HttpStatusCode.OK, install.StatusCode);
        }

        Assert.Empty(Bot.Connector.OutgoingActivities);
        Assert.Equal(2, await QueuedCountAsync());

        var texts = await DeliveredTextsAsync(count: 2);
        Assert.StartsWith("Hi Ben!", texts[0], StringComparison.Ordinal);
        Assert.Equal(InterviewStrings.AskAccomplish, texts[1]);
        // The row goes just after the connector has the reply: wait for the outbox to finish, not for the send.
        await WaitUntilAsync(async () => await QueuedCountAsync() == 0);
        Assert.Equal(0, await QueuedCountAsync());
    }

    [Fact]
    public async Task A_reply_too_large_to_keep_until_Teams_takes_it_is_replaced_by_a_short_notice_delivered_later()
    {
        Bot.Connector.Script(FakeRoute.SendToConversation, FakeResponse.Throttled(TimeSpan.FromSeconds(1)), FakeResponse.Throttled(TimeSpan.FromSeconds(1)));
        var huge = new Activity { Type = ActivityTypes.Message, Text = new string('x', ReplyStore.MaxReplyChars + 1) };

        await Bot.Services.GetRequiredService<ReplyOutbox>().SendInOrderAsync(Bot.Teams.TenantId, Bot.Connector.ServiceUrl.ToString(), Chat, "aad-ben", "too-large", huge, default);

        Assert.Equal(1, await QueuedCountAsync());
        Assert.Equal([ReplyStrings.TooLargeToKeep], await DeliveredTextsAsync(count: 1));
    }

    [Fact]
    public async Task A_later_turns_replies_wait_behind_those_still_owed()
    {
        // Three seconds is past the turn's patience: the first reply is queued at once, and the rest with it.
        Bot.Connector.Script(FakeRoute.SendToConversation, FakeResponse.Throttled(TimeSpan.FromSeconds(3)));
        using (var install = await Bot.PostAsync(Bot.Teams.PersonalInstall()))
        {
            Assert.Equal(HttpStatusCode.OK, install.StatusCode);
        }

        // Teams would take this turn's replies now, but they must not overtake the welcome.
        Assert.Empty(await Bot.SayAsync("Plan iced-tea promotions around heatwaves instead of guessing."));
        Assert.Equal(4, await QueuedCountAsync());

        var texts = await DeliveredTextsAsync(count: 4);
        Assert.StartsWith("Hi Ben!", texts[0], StringComparison.Ordinal);
        Assert.Equal(InterviewStrings.AskAccomplish, texts[1]);
        Assert.StartsWith("Great goal: “", texts[2], StringComparison.Ordinal);
        Assert.Equal(InterviewStrings.AskConnectWith, texts[3]);

        // With nothing owed any more, the next turn answers straight away again.
        Assert.Equal(2, (await Bot.SayAsync("someone who can tell me if hot spells really sell more iced tea")).Count);
    }

    [Fact]
    public async Task Queued_replies_survive_a_restart()
    {
        Bot.Connector.Script(FakeRoute.SendToConversation, FakeResponse.Throttled(TimeSpan.FromSeconds(3)));
        using (var install = await Bot.PostAsync(Bot.Teams.PersonalInstall()))
        {
            Assert.Equal(HttpStatusCode.OK, install.StatusCode);
        }

        Assert.Equal(2, await QueuedCountAsync());
        await Bot.RestartAsync();

        var texts = await DeliveredTextsAsync(count: 2);
        Assert.StartsWith("Hi Ben!", texts[0], StringComparison.Ordinal);
        Assert.Equal(InterviewStrings.AskAccomplish, texts[1]);
    }

    [Fact]
    public async Task Senders_racing_for_the_same_replies_deliver_each_once()
    {
        Bot.Connector.Script(FakeRoute.SendToConversation, FakeResponse.Throttled(TimeSpan.FromSeconds(1)), FakeResponse.Throttled(TimeSpan.FromSeconds(1)));
        using (var install = await Bot.PostAsync(Bot.Teams.PersonalInstall()))
        {
            Assert.Equal(HttpStatusCode.OK, install.StatusCode);
        }

        // The hosted sender and four more passes (as other instances would run them) all go for the same two replies.
        var delivery = Bot.Services.GetRequiredService<ReplyDelivery>();
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => delivery.DeliverDueAsync(CancellationToken.None)));

        var texts = await DeliveredTextsAsync(count: 2);
        Assert.StartsWith("Hi Ben!", texts[0], StringComparison.Ordinal);
        Assert.Equal(InterviewStrings.AskAccomplish, texts[1]);
    }

    [Fact]
    public async Task A_reply_to_an_unreachable_connector_is_queued_and_the_activity_is_processed_once()
    {
        var message = Bot.Teams.PersonalMessage("help") with { ServiceUrl = $"http://127.0.0.1:{DeadPort.Find()}/teams/" };

        using (var response = await Bot.PostAsync(message))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(1, await QueuedCountAsync());

        // Teams redelivers what it thinks went unanswered: the reply is owed once, not twice.
        using (var again = await Bot.PostAsync(message))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        Assert.Equal(1, await QueuedCountAsync());
        Assert.Empty(Bot.Connector.OutgoingActivities);
    }

    [Fact]
    public async Task A_reply_the_conversation_refuses_for_good_is_dropped_and_the_next_one_still_goes()
    {
        Bot.Connector.Script(
            FakeRoute.SendToConversation,
            FakeResponse.Throttled(TimeSpan.FromSeconds(1)),
            FakeResponse.Throttled(TimeSpan.FromSeconds(1)),
            FakeResponse.Error(400, "BadArgument"));
        using (var install = await Bot.PostAsync(Bot.Teams.PersonalInstall()))
        {
            Assert.Equal(HttpStatusCode.OK, install.StatusCode);
        }

        var texts = await DeliveredTextsAsync(count: 1);
        Assert.Equal(InterviewStrings.AskAccomplish, Assert.Single(texts));
        // The row goes just after the connector has the reply: wait for the outbox to finish, not for the send.
        await WaitUntilAsync(async () => await QueuedCountAsync() == 0);
        Assert.Equal(0, await QueuedCountAsync());
    }

    [Theory]
    [InlineData(404, "ConversationNotFound")]
    [InlineData(403, "ConversationBlockedByUser")]
    public async Task A_reply_to_a_chat_that_is_gone_ends_the_turn_without_a_500_and_queues_nothing(int status, string code)
    {
        // Found by fuzzing: a reply refused for good used to surface as a 500 to the Bot Connector.
        Bot.Connector.Script(FakeRoute.SendToConversation, FakeResponse.Error(status, code));

        using var response = await Bot.PostAsync(Bot.Teams.PersonalMessage("help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await QueuedCountAsync());
    }

    [Fact]
    public async Task Forget_me_erases_the_members_replies_still_queued_and_export_shows_them_before()
    {
        // An hour's Retry-After: the replies stay queued for the whole test.
        Bot.Connector.Script(FakeRoute.SendToConversation, FakeResponse.Throttled(TimeSpan.FromHours(1)));
        using (var install = await Bot.PostAsync(Bot.Teams.PersonalInstall()))
        {
            Assert.Equal(HttpStatusCode.OK, install.StatusCode);
        }

        var member = new MemberKey(Bot.Teams.TenantId, Bot.Teams.User.AadObjectId!, Bot.Teams.User.Id!, Chat);
        var rights = Bot.Services.GetRequiredService<MemberDataRights>();
        Assert.Equal(2, (await rights.ExportAsync(member, CancellationToken.None)).Tables[ReplyStore.TableName].Count);

        Assert.True(await rights.EraseAsync(member, CancellationToken.None) >= 2);

        Assert.Equal(0, await QueuedCountAsync());
    }

    [Fact]
    public async Task Under_heavy_throttling_every_member_gets_every_reply_once_in_order()
    {
        // The same journey, first with Teams answering normally (what each member should see), then with 50 % of calls
        // throttled and 10 % refused as unavailable (issue 14's scenario), for members of the same name.
        string[] journey = ["yes-install", "Plan iced-tea promotions around heatwaves.", "someone who knows the weather", "I ran last year's promotions.", "yes", "show"];
        var expected = await RunJourneyAsync(Member(0), journey);

        Bot.Connector.FailAtRandom(seed: 14);
        var members = Enumerable.Range(1, 3).Select(Member).ToList();
        await Task.WhenAll(members.Select(m => RunJourneyAsync(m, journey, expectSeen: false)));
        Bot.Connector.FailAtRandom(seed: null);

        await WaitUntilAsync(async () => await QueuedCountAsync() == 0);
        foreach (var member in members)
        {
            Assert.Equal(expected, Shapes(member));
        }
    }

    private TeamsActivities Member(int number) => new(Bot.Connector.ServiceUrl.ToString(), Bot.Teams.TenantId)
    {
        User = Bot.Teams.User with { Id = $"{Bot.Teams.User.Id}-{number}", AadObjectId = $"{Bot.Teams.User.AadObjectId}-{number}" },
    };

    private async Task<List<string>> RunJourneyAsync(TeamsActivities member, IEnumerable<string> turns, bool expectSeen = true)
    {
        foreach (var turn in turns)
        {
            var activity = turn == "yes-install" ? member.PersonalInstall() : member.PersonalMessage(turn);
            using var response = await Bot.PostAsync(activity);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var shapes = Shapes(member);
        if (expectSeen)
        {
            Assert.NotEmpty(shapes);
        }

        return shapes;
    }

    // What the member saw, in order: each text, or the kind of card.
    private List<string> Shapes(TeamsActivities member) => Bot.Connector.OutgoingActivities
        .Where(a => a.Conversation?.Id == member.PersonalConversationId)
        .Select(a => a.Text ?? string.Join(",", a.Attachments?.Select(x => x.ContentType) ?? []))
        .ToList();

    private async Task<int> QueuedCountAsync()
    {
        var count = 0;
        await foreach (var reply in Bot.Services.GetRequiredService<ReplyStore>().ListAsync(CancellationToken.None))
        {
            // Azurite is shared by every test of the run: only this bot's tenant counts.
            count += reply.TenantId == Bot.Teams.TenantId ? 1 : 0;
        }

        return count;
    }

    private async Task<List<string>> DeliveredTextsAsync(int count)
    {
        await WaitUntilAsync(() => Task.FromResult(Bot.Connector.OutgoingActivities.Count(a => a.Conversation?.Id == Chat) >= count));

        // A duplicate would arrive from the same pass or the next: give the sender one more look first.
        await Bot.Services.GetRequiredService<ReplyDelivery>().DeliverDueAsync(CancellationToken.None);
        return Bot.Connector.OutgoingActivities.Where(a => a.Conversation?.Id == Chat).Select(a => a.Text ?? string.Empty).ToList();
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> done)
    {
        var until = DateTime.UtcNow + Deadline;
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < until, "The outbox did not deliver within the deadline.");
            await Task.Delay(50);
        }
    }
}

public sealed class EmbeddedReplyOutboxTests : ReplyOutboxContract
{
    protected override string? StorageConnectionString => null;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteReplyOutboxTests(AzuriteFixture azurite) : ReplyOutboxContract
{
    protected override string? StorageConnectionString => azurite.ConnectionString;
}
