using Azure.Data.Tables;

using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Storage;

namespace ConnectorBot.Tests.BotFramework.Turns;

/// <summary>
/// A turn cut short by its caller (Teams gave up waiting and will redeliver) must leave the activity's once-only
/// marker free, or the redelivery is taken for a duplicate and the member never gets an answer.
/// </summary>
public sealed class TurnCancellationTests
{
    [Fact]
    public async Task A_turn_whose_request_is_cancelled_runs_again_when_the_activity_is_redelivered()
    {
        await using var bot = await BotHarness.StartAsync();
        var message = bot.Teams.PersonalMessage("help", id: "1:cancelled-then-redelivered");

        // The reply hangs at Teams until the caller gives up, as a slow connector would make Teams do.
        bot.Connector.Hold(FakeRoute.SendToConversation);
        using (var gaveUp = new CancellationTokenSource())
        {
            var first = bot.Client.SendAsync(Signed(bot, message), gaveUp.Token);
            await WaitUntilAsync(() => bot.Connector.CallsTo(FakeRoute.SendToConversation).Count >= 1);
            await gaveUp.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        }

        bot.Connector.Release(FakeRoute.SendToConversation);

        // The cut-short turn unwinds on the server after the caller has gone: its marker must be released.
        var markers = await bot.Storage.OpenTableAsync(ActivityDeduplicator.TableName);
        await WaitUntilAsync(async () => !await markers.QueryAsync<TableEntity>(TableFilter.Partition(TableKey.Escape(bot.Teams.TenantId))).AnyAsync());
        var sentBefore = bot.Connector.OutgoingActivities.Count;

        using var redelivered = await bot.Client.SendAsync(Signed(bot, message));

        Assert.True(redelivered.IsSuccessStatusCode, $"the redelivery got {(int)redelivered.StatusCode}");
        Assert.NotEmpty(bot.SentSince(sentBefore));
    }

    private static HttpRequestMessage Signed(BotHarness bot, ConnectorBot.BotFramework.Schema.Activity activity)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = System.Net.Http.Json.JsonContent.Create(activity, options: ConnectorBot.BotFramework.Schema.BotJson.Options),
        };
        request.Headers.Authorization = new("Bearer", bot.Issuer.Sign(activity.ChannelId ?? "msteams", activity.ServiceUrl ?? bot.Connector.ServiceUrl.ToString()));
        return request;
    }

    private static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!await condition())
        {
            await Task.Delay(10, deadline.Token);
        }
    }
}
