using System.Net;

using ConnectorBot.Intros;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Tests.BotFramework;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Intros;

/// <summary>
/// Issue 17's concurrency harness, on intro cards: every pair of a round accepting in the same instant, and a storm of
/// clicks on one card. Outcomes only (exact counts of decisions, updates and handoffs); nothing here measures time.
/// </summary>
public abstract partial class IntroRoundContract
{
    [Fact]
    public async Task Every_pair_of_a_round_accepting_in_the_same_instant_connects_each_once_and_updates_each_card_to_its_final_state_once()
    {
        await RunDueRoundAsync();
        var intros = await IntrosAsync();

        var clicks = intros.SelectMany(i => i.Parties.Select(p => ClickAsync(i, p, IntrosVerbs.Accept))).ToList();
        foreach (var response in await Task.WhenAll(clicks))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            response.Dispose();
        }

        await OutboxSentAsync(updates: 2 * intros.Count, handoffs: 2 * intros.Count);
        await TickAsync();

        var updates = Bot.Connector.CallsTo(FakeRoute.UpdateActivity);
        foreach (var intro in intros)
        {
            Assert.Equal(IntroState.Connected, (await IntroAsync(intro.IntroId)).State);
            var mine = updates.Where(c => c.RawTarget.Contains(Uri.EscapeDataString(intro.ActivityId!), StringComparison.Ordinal)).ToList();
            // One update per decision, each rendering the intro as it is when sent: the last shows it connected.
            Assert.Equal(2, mine.Count);
            Assert.True(SaysConnected(mine[^1].Body));
            foreach (var party in intro.Parties)
            {
                Assert.Equal(1, Bot.Connector.OutgoingActivities.Count(a => IsHandoff(a) && a.Conversation?.Id?.Contains(party.UserId, StringComparison.Ordinal) == true));
            }
        }

        Assert.Equal(2 * intros.Count, updates.Count);
        Assert.Equal(2 * intros.Count, Bot.Connector.OutgoingActivities.Count(IsHandoff));
    }

    // The card's "Connected" line, as sent (JSON may escape the emoji).
    private static bool SaysConnected(string body) =>
        body.Contains(IntrosStrings.Connected, StringComparison.Ordinal) || body.Contains(System.Text.Json.JsonSerializer.Serialize(IntrosStrings.Connected).Trim('"'), StringComparison.Ordinal);

    [Fact]
    public async Task A_hundred_clicks_a_second_on_one_card_make_one_decision_each_and_send_nothing_twice()
    {
        await RunDueRoundAsync();
        var intro = (await IntrosAsync()).First();
        var (ana, ben) = (intro.Parties[0], intro.Parties[1]);

        // Two seconds of a hundred clicks each: first both accept (half each, interleaved), then Ana changes her mind
        // on a stale card while Ben keeps clicking Accept. The first decision of each stands; the rest change nothing.
        var first = Enumerable.Range(0, 100).Select(n => ClickAsync(intro, n % 2 == 0 ? ana : ben, IntrosVerbs.Accept)).ToList();
        var firstAnswers = await Task.WhenAll(first);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var second = Enumerable.Range(0, 100).Select(n => ClickAsync(intro, n % 2 == 0 ? ana : ben, n % 2 == 0 ? IntrosVerbs.Pass : IntrosVerbs.Accept)).ToList();
        var secondAnswers = await Task.WhenAll(second);
        foreach (var response in firstAnswers.Concat(secondAnswers))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            response.Dispose();
        }

        await OutboxSentAsync(updates: 2, handoffs: 2);
        await TickAsync();

        var stored = await IntroAsync(intro.IntroId);
        Assert.Equal(IntroState.Connected, stored.State);
        Assert.All(stored.Parties, p => Assert.Equal(Decision.Accepted, p.Decision));
        Assert.Equal(2, Bot.Connector.CallsTo(FakeRoute.UpdateActivity).Count);
        Assert.Equal(2, Bot.Connector.OutgoingActivities.Count(IsHandoff));
        var history = await Bot.Services.GetRequiredService<PairHistoryStore>().LoadForMatchingAsync(Bot.Teams.TenantId, [ana.MemberId, ben.MemberId], []);
        Assert.Equal(PairOutcome.Connected.ToMatcher(), Assert.Single(history.Intros).Outcome);
    }
}
