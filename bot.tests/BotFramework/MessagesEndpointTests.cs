using System.Net;
using System.Text.Json;

using Azure;
using Azure.Data.Tables;

using ConnectorBot.BotFramework;
using ConnectorBot.BotFramework.Routing;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;

using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.BotFramework;

/// <summary>/api/messages end to end: signed by the test issuer, answered into the fake connector.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private readonly BodyReadMeter _bodyRead = new();
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(services: s => s.AddSingleton<IStartupFilter>(_bodyRead));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task An_unsigned_post_gets_401_and_changes_nothing()
    {
        using var response = await _bot.PostAsync(_bot.Teams.PersonalMessage("help"), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Connector.Calls);
        var markers = await _bot.Storage.OpenTableAsync(ActivityDeduplicator.TableName);
        Assert.Empty(await markers.QueryAsync<TableEntity>().ToListAsync());
    }

    [Fact]
    public async Task A_token_for_another_service_url_gets_401_and_nothing_is_sent()
    {
        var activity = _bot.Teams.PersonalMessage("help");

        using var response = await _bot.PostAsync(activity, _bot.Issuer.Sign("msteams", "https://evil.example/teams/"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Connector.Calls);
    }

    [Fact]
    public async Task A_key_not_endorsed_for_the_channel_gets_403()
    {
        var key = _bot.Issuer.AddKey("webchat-only", "webchat");
        var activity = _bot.Teams.PersonalMessage("help");

        using var response = await _bot.PostAsync(activity, _bot.Issuer.Sign("webchat", activity.ServiceUrl!, key: key));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_bot.Connector.Calls);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("{\"text\":\"no type, no serviceUrl\"}")]
    public async Task A_signed_body_that_is_not_an_activity_gets_400(string body)
    {
        using var response = await _bot.PostRawAsync(body, _bot.Issuer.Sign("msteams", _bot.Connector.ServiceUrl.ToString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_bot.Connector.Calls);
    }

    [Fact]
    public async Task A_garbage_token_gets_401_whatever_the_body()
    {
        using var response = await _bot.PostRawAsync("{\"hello\":1}", "garbage");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("garbage")]
    public async Task A_request_without_a_valid_token_gets_401_before_its_body_is_read(string? token)
    {
        var body = FiveMegabyteActivity();

        using var response = await _bot.PostChunkedAsync(body, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _bodyRead.BytesRead);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_gets_413_and_changes_nothing()
    {
        var body = FiveMegabyteActivity();

        using var response = await _bot.PostChunkedAsync(body, SignedForTheConnector());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        // One byte past the limit shows it is passed; nothing more is read.
        Assert.Equal(MessagesEndpoint.MaxBodyBytes + 1, _bodyRead.BytesRead);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_chunked_activity_under_the_limit_is_processed()
    {
        var body = new ChunkedBody(JsonSerializer.SerializeToUtf8Bytes(_bot.Teams.PersonalMessage("help"), ConnectorBot.BotFramework.Schema.BotJson.Options));

        using var response = await _bot.PostChunkedAsync(body, SignedForTheConnector());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([InterviewStrings.Help], _bot.SentTexts);
    }

    [Fact]
    public async Task A_signed_chunked_body_that_is_not_json_gets_400_and_changes_nothing()
    {
        using var response = await _bot.PostChunkedAsync(new ChunkedBody("{\"type\":\"message\",\"text\":"u8.ToArray()), SignedForTheConnector());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Installing_in_personal_scope_greets_the_member()
    {
        using var response = await _bot.PostAsync(_bot.Teams.PersonalInstall());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = _bot.Connector.OutgoingActivities;
        Assert.Equal(2, sent.Count);
        Assert.StartsWith("Hi Ben! I'm **ConnectorBot**", sent[0].Text, StringComparison.Ordinal);
        Assert.Equal(InterviewStrings.AskAccomplish, sent[1].Text);
        Assert.All(sent, a => Assert.Equal(_bot.Teams.PersonalConversationId, a.Conversation?.Id));
        Assert.All(_bot.Connector.CallsTo(FakeRoute.SendToConversation), call => Assert.StartsWith("Bearer ", call.Authorization, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("help")]
    [InlineData("  HELP?! ")]
    [InlineData("Help.")]
    [InlineData("what can you do")]
    public async Task Help_in_personal_chat_lists_what_the_bot_can_do(string text)
    {
        using var response = await _bot.PostAsync(_bot.Teams.PersonalMessage(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([InterviewStrings.Help], _bot.SentTexts);
    }

    [Fact]
    public async Task Help_with_an_at_mention_in_a_channel_gets_the_channel_help_in_that_thread()
    {
        using var response = await _bot.PostAsync(_bot.Teams.ChannelMention("Help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(_bot.Connector.OutgoingActivities);
        Assert.Equal(ConnectorBot.Teams.AdminStrings.ChannelHelp, reply.Text);
        Assert.Equal("19:intros@thread.tacv2;messageid=1700000000000", reply.Conversation?.Id);
    }

    [Fact]
    public async Task Unknown_text_gets_a_helpful_reply_not_silence()
    {
        using var response = await _bot.PostAsync(_bot.Teams.ChannelMention("what's the weather like?"));

        Assert.Equal([ConnectorBot.Teams.AdminStrings.ChannelHelp], _bot.SentTexts);
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_is_processed_once()
    {
        var activity = _bot.Teams.PersonalMessage("help", id: "1:duplicate-delivery");

        using var first = await _bot.PostAsync(activity);
        using var second = await _bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(_bot.Connector.OutgoingActivities);
    }

    [Fact]
    public async Task An_unknown_invoke_gets_501()
    {
        using var response = await _bot.PostAsync(_bot.Teams.Invoke("composeExtension/query", new { commandId = "x" }));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(_bot.Connector.OutgoingActivities);
    }

    [Fact]
    public async Task A_card_action_nobody_handles_gets_an_error_invoke_response()
    {
        var value = new { action = new { type = "Action.Execute", verb = "no-such-verb", data = new { } }, trigger = "manual" };

        using var response = await _bot.PostAsync(_bot.Teams.Invoke(ActivityRouter.AdaptiveCardActionInvoke, value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.microsoft.error", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(400, body.RootElement.GetProperty("statusCode").GetInt32());
    }

    [Fact]
    public async Task Unknown_activity_types_are_accepted_and_ignored()
    {
        using var response = await _bot.PostAsync(_bot.Teams.PersonalMessage("x") with { Type = "someFutureType" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_bot.Connector.OutgoingActivities);
    }

    private string SignedForTheConnector() => _bot.Issuer.Sign("msteams", _bot.Connector.ServiceUrl.ToString());

    /// <summary>A real personal-chat message whose text makes it 5 MB, so only its size is wrong.</summary>
    private ChunkedBody FiveMegabyteActivity() =>
        new(JsonSerializer.SerializeToUtf8Bytes(_bot.Teams.PersonalMessage(new string('a', 5 * 1024 * 1024)), ConnectorBot.BotFramework.Schema.BotJson.Options));

    /// <summary>Nothing sent, no activity marked as seen, no interview started.</summary>
    private async Task AssertNothingStoredAsync()
    {
        Assert.Empty(_bot.Connector.Calls);
        foreach (var name in new[] { ActivityDeduplicator.TableName, InterviewSessionStore.TableName })
        {
            var table = await _bot.Storage.OpenTableAsync(name);
            Assert.Empty(await table.QueryAsync<TableEntity>().ToListAsync());
        }
    }

    [Fact]
    public async Task Unknown_fields_do_not_break_parsing()
    {
        var token = _bot.Issuer.Sign("msteams", _bot.Connector.ServiceUrl.ToString());
        var body = JsonSerializer.Serialize(_bot.Teams.PersonalMessage("help"), ConnectorBot.BotFramework.Schema.BotJson.Options)
            .Replace("{\"type\"", "{\"futureField\":{\"nested\":[1,2]},\"type\"", StringComparison.Ordinal);

        using var response = await _bot.PostRawAsync(body, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([InterviewStrings.Help], _bot.SentTexts);
    }
}

/// <summary>A failing feature: logged, apologised for, and the activity left free for a redelivery.</summary>
public sealed class FailingTurnTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private int _failuresLeft = 1;

    public async Task InitializeAsync() =>
        _bot = await BotHarness.StartAsync(services: s => s.AddRoutes(routes => routes.OnOtherMessage(ChatScope.GroupChat, (services, turn) =>
            Interlocked.Decrement(ref _failuresLeft) >= 0
                ? throw new RequestFailedException(503, "scripted storage outage")
                : services.GetRequiredService<NotUnderstoodReply>().RunAsync(turn))));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_failed_turn_apologises_answers_500_and_a_redelivery_is_processed()
    {
        // A group chat (no team): the test's route fails once, then answers as the fallback does.
        var activity = _bot.Teams.ChannelMention("hello there") with
        {
            Id = "1:fails-first",
            Conversation = new ConnectorBot.BotFramework.Schema.ConversationAccount { Id = "19:group-chat@thread.v2", ConversationType = "groupChat", IsGroup = true, TenantId = _bot.Teams.TenantId },
            ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(new { tenant = new { id = _bot.Teams.TenantId } }),
        };

        using var first = await _bot.PostAsync(activity);
        using var redelivery = await _bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivery.StatusCode);
        Assert.Equal([TurnStrings.SomethingWentWrong, InterviewStrings.NotUnderstood], _bot.SentTexts);
    }
}
