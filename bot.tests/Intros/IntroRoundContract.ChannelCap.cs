using System.Text.Json;

using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Intros;
using ConnectorBot.Teams.Settings;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Intros;

/// <summary>
/// Issue 16, item 4: a round with more intros than the team's channel limit posts the best in the channel and sends the
/// rest 1:1 to the two people, with the same double opt-in and handoff, and says how many went which way.
/// </summary>
public abstract partial class IntroRoundContract
{
    [Fact]
    public async Task A_round_over_the_channel_limit_posts_the_best_in_the_channel_and_sends_the_rest_privately_with_the_same_double_opt_in()
    {
        var teams = Bot.Services.GetRequiredService<TeamSettingsStore>();
        var team = (await teams.UpdateAsync(Bot.Teams.TenantId, TeamId, t => t! with { ChannelIntrosPerRound = 2 }))!;

        var report = await Bot.Services.GetRequiredService<RoundRunner>().RunAsync(team, Clock.GetUtcNow(), default);
        await TickAsync();

        Assert.Equal((5, 2, 3), (report!.Intros, report.InChannel, report.Privately));
        var intros = await IntrosAsync();
        var inChannel = intros.Where(i => i.Delivery == IntroDelivery.Channel).ToList();
        var privately = intros.Where(i => i.Delivery == IntroDelivery.Private).ToList();
        Assert.Equal(2, inChannel.Count);
        Assert.Equal(3, privately.Count);
        Assert.True(inChannel.Min(i => i.Score) >= privately.Max(i => i.Score));
        Assert.All(intros, i => Assert.Equal(IntroState.Posted, i.State));

        // Two threads in the channel; one private card for each person of the other three, and none of theirs in the channel.
        var threads = Bot.Connector.OutgoingActivities.Where(a => a.Conversation?.Id?.StartsWith(TeamId + ";messageid=", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, threads.Count);
        Assert.Equal(inChannel.Select(i => i.ActivityId).Order(), threads.Select(t => t.Id).Order());
        var cards = PrivateCards();
        Assert.Equal(6, cards.Count);
        Assert.Equal(
            privately.SelectMany(i => i.Parties.Select(p => $"{i.IntroId}|a:personal-{p.UserId}")).Order(),
            cards.Select(c => $"{c.IntroId}|{c.ConversationId}").Order());

        foreach (var intro in privately)
        {
            foreach (var party in intro.Parties)
            {
                using var click = await ClickAsync(intro, party, IntrosVerbs.Accept, personal: true);
            }
        }

        await Bot.Connector.WaitForActivitiesAsync(IsHandoff, 6);
        foreach (var intro in privately)
        {
            var stored = await IntroAsync(intro.IntroId);
            Assert.Equal(IntroState.Connected, stored.State);
            Assert.All(stored.Parties, p => Assert.NotNull(p.CardActivityId));
        }

        var handoffs = Bot.Connector.OutgoingActivities.Where(IsHandoff).ToList();
        Assert.Equal(6, handoffs.Count);
        Assert.Equal(
            privately.SelectMany(i => i.Parties).Select(p => "a:personal-" + p.UserId).Order(),
            handoffs.Select(h => h.Conversation!.Id!).Order());
    }

    /// <summary>Each private intro card sent 1:1: the intro it is about (from its buttons' data) and the chat it went to.</summary>
    private List<(string IntroId, string ConversationId)> PrivateCards() => Bot.Connector.OutgoingActivities
        .Where(a => a.Conversation?.Id?.StartsWith("a:personal-", StringComparison.Ordinal) == true)
        .SelectMany(a => (a.Attachments ?? []).Where(x => x.ContentType == Attachment.AdaptiveCardContentType).Select(x => (Card: (JsonElement)x.Content!, Chat: a.Conversation!.Id!)))
        .Select(c => (IntroIdOf(c.Card), c.Chat))
        .Where(c => c.Item1 is not null)
        .Select(c => (c.Item1!, c.Chat))
        .ToList();

    private static string? IntroIdOf(JsonElement card) =>
        card.TryGetProperty("actions", out var actions)
            ? actions.EnumerateArray().Select(a => a.TryGetProperty("data", out var d) && d.TryGetProperty(IntrosVerbs.IntroIdKey, out var id) ? id.GetString() : null).FirstOrDefault(id => id is not null)
            : null;
}
