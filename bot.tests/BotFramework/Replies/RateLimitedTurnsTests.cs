using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.Tests.BotFramework.Replies;

/// <summary>
/// With Teams' limits on, a member typing faster than a chat may be written to is answered at once, turn after turn;
/// what the limits hold back follows from the outbox: every reply, once, in the order an unlimited bot sends them.
/// </summary>
public sealed class RateLimitedTurnsTests
{
    private static readonly string[] Script = ["hi", "Launch our first product in Brazil", "Someone who has sold to Brazilian retailers", "Pricing and packaging for SaaS", "help", "help", "help"];

    [Fact]
    public async Task Turns_faster_than_a_chat_may_be_written_to_are_answered_at_once_and_every_reply_follows_in_order_once()
    {
        var expected = await UnlimitedRepliesAsync();

        // The clock stands still while the turns run: the limiter cannot let anything more through until it moves.
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var bot = await BotHarness.StartAsync(settingOverrides: new Dictionary<string, string?> { ["Bot:Connector:RateLimiting"] = "true" }, clock: clock);
        foreach (var text in Script)
        {
            using var response = await bot.PostAsync(bot.Teams.PersonalMessage(text));
            Assert.True(response.IsSuccessStatusCode, $"'{text}' got {(int)response.StatusCode}");
        }

        // Teams' first window lets 7 writes into a chat per second; the rest were held back, not waited for.
        Assert.Equal(7, bot.Connector.OutgoingActivities.Count);
        Assert.True(expected.Count > 7, $"the script sends {expected.Count} replies; it must send more than one window holds");

        for (var second = 0; second < 60 && bot.Connector.OutgoingActivities.Count < expected.Count; second++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await WaitForProgressAsync(bot);
        }

        Assert.Equal(expected, Shapes(bot.Connector.OutgoingActivities));
    }

    private static async Task<List<string>> UnlimitedRepliesAsync()
    {
        await using var reference = await BotHarness.StartAsync();
        foreach (var text in Script)
        {
            await reference.SayAsync(text);
        }

        return Shapes(reference.Connector.OutgoingActivities);
    }

    // Ids differ between two bots; the words and the kind of each message do not.
    private static List<string> Shapes(IEnumerable<Activity> sent) =>
        sent.Select(a => $"{a.Text}|{string.Join(",", a.Attachments?.Select(x => x.ContentType) ?? [])}").ToList();

    private static async Task WaitForProgressAsync(BotHarness bot)
    {
        var before = bot.Connector.OutgoingActivities.Count;
        for (var i = 0; i < 20 && bot.Connector.OutgoingActivities.Count == before; i++)
        {
            await Task.Delay(25);
        }
    }
}
