using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Teams.Settings;
using ConnectorBot.Tests.BotFramework;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Intros;

/// <summary>
/// Private intro cards and handoffs go to the member's own 1:1 chat with the bot when it is stored, without opening it
/// again (half a big round's calls under the tenant's rate limit); a stored chat that is gone is opened afresh.
/// </summary>
public abstract partial class IntroRoundContract
{
    [Fact]
    public async Task Members_who_talked_to_the_bot_get_their_private_cards_and_handoffs_in_that_chat_without_it_being_opened_again()
    {
        var team = await PrivateRoundsOnlyAsync();
        await StoreChatsAsync(team, userId => "a:personal-" + userId);

        await Bot.Services.GetRequiredService<RoundRunner>().RunAsync(team, Clock.GetUtcNow(), default);
        await TickAsync();

        var privately = (await IntrosAsync()).Where(i => i.Delivery == IntroDelivery.Private).ToList();
        Assert.NotEmpty(privately);
        Assert.Equal(
            privately.SelectMany(i => i.Parties.Select(p => $"{i.IntroId}|a:personal-{p.UserId}")).Order(),
            PrivateCards().Select(c => $"{c.IntroId}|{c.ConversationId}").Order());
        Assert.Empty(OneToOneChatsOpened());

        var intro = privately[0];
        foreach (var party in intro.Parties)
        {
            using var click = await ClickAsync(intro, party, IntrosVerbs.Accept, personal: true);
        }

        await Bot.Connector.WaitForActivitiesAsync(IsHandoff, 2);
        Assert.Equal(
            intro.Parties.Select(p => "a:personal-" + p.UserId).Order(),
            Bot.Connector.OutgoingActivities.Where(IsHandoff).Select(h => h.Conversation!.Id!).Order());
        Assert.Empty(OneToOneChatsOpened());
    }

    [Fact]
    public async Task A_stored_chat_that_is_gone_is_opened_afresh_and_the_private_card_still_arrives_once()
    {
        var team = await PrivateRoundsOnlyAsync();
        await StoreChatsAsync(team, userId => "a:gone-" + userId);
        foreach (var member in Roster)
        {
            Bot.Connector.Forget("a:gone-" + member.Id);
        }

        await Bot.Services.GetRequiredService<RoundRunner>().RunAsync(team, Clock.GetUtcNow(), default);
        await TickAsync();

        var parties = (await IntrosAsync()).Where(i => i.Delivery == IntroDelivery.Private).SelectMany(i => i.Parties.Select(p => (i.IntroId, p.UserId))).ToList();
        Assert.NotEmpty(parties);
        Assert.Equal(parties.Select(p => $"{p.IntroId}|a:personal-{p.UserId}").Order(), PrivateCards().Select(c => $"{c.IntroId}|{c.ConversationId}").Order());
        Assert.Equal(parties.Select(p => p.UserId).Order(), OneToOneChatsOpened().Order());
    }

    // Every intro of a round goes privately.
    private async Task<TeamSettings> PrivateRoundsOnlyAsync() =>
        (await Bot.Services.GetRequiredService<TeamSettingsStore>().UpdateAsync(Bot.Teams.TenantId, TeamId, t => t! with { ChannelIntrosPerRound = 0 }))!;

    // As the interview stores it when a member talks to the bot in their personal chat.
    private async Task StoreChatsAsync(TeamSettings team, Func<string, string> chatOf)
    {
        var profiles = Bot.Services.GetRequiredService<ProfileStore>();
        foreach (var member in Roster)
        {
            await profiles.UpdateAsync(
                new MemberKey(Bot.Teams.TenantId, member.AadObjectId!, member.Id!, null),
                p => p! with { Chat = new PersonalChat(team.ServiceUrl, chatOf(member.Id!), member.Id!, team.BotId) },
                default);
        }
    }

    /// <summary>The users the bot opened a 1:1 chat with (a create that is not a channel thread).</summary>
    private List<string> OneToOneChatsOpened() => Bot.Connector.CallsTo(FakeRoute.CreateConversation)
        .Where(c => c.Json.TryGetProperty("isGroup", out var g) && !g.GetBoolean())
        .Select(c => c.Json.GetProperty("members")[0].GetProperty("id").GetString()!)
        .ToList();
}
