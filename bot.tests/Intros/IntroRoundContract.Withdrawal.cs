using System.Net;
using System.Text.Json;

using Azure.Data.Tables;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Interview;
using ConnectorBot.Intros;
using ConnectorBot.Intros.Stats;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Storage;
using ConnectorBot.Teams.Settings;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Teams;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Intros;

/// <summary>
/// "forget me" from a member named in posted intros: each card is updated for everyone to a neutral "withdrawn" one, the
/// intro keeps only what the round's counts need, the stats stay as they were, and the other person's clicks are answered truthfully.
/// </summary>
public abstract partial class IntroRoundContract
{
    [Fact]
    public async Task Forget_me_withdraws_the_member_from_their_posted_card_and_the_round_counts_stay()
    {
        await RunDueRoundAsync();
        var member = Roster[0];
        var intro = (await IntrosAsync()).Single(i => i.Party(member.AadObjectId!) is not null);
        var other = intro.Parties.Single(p => p.MemberId != member.AadObjectId);
        var statsBefore = await RoundFiguresAsync();
        var updatesBefore = Bot.Connector.CallsTo(FakeRoute.UpdateActivity).Count;

        Assert.Equal(InterviewStrings.Forgotten, (await MemberSaysAsync(member, "forget me", "yes"))[^1]);
        await TickAsync();

        // The card in the channel, updated for everyone: neutral, with nobody's name, answers or mention, and no buttons.
        var update = Assert.Single(Bot.Connector.CallsTo(FakeRoute.UpdateActivity).Skip(updatesBefore));
        Assert.Equal(intro.ActivityId, update.RouteValues["activityId"]);
        var card = (JsonElement)Assert.Single(update.Activity!.Attachments!).Content!;
        var text = AdminTeam.TextOf(card);
        Assert.Contains(IntrosStrings.WithdrawnTitle, text, StringComparison.Ordinal);
        foreach (var shown in new[] { member.Name!, other.Name, SamplePeople.All[0].Accomplish, other.Accomplish! })
        {
            Assert.DoesNotContain(shown, update.Body, StringComparison.Ordinal);
        }

        Assert.False(card.TryGetProperty("actions", out _));

        // What the intro keeps: its round and state for the counts, the other person as they were, nothing of the member.
        var stored = await IntroAsync(intro.IntroId);
        Assert.Equal((intro.RoundId, IntroState.Posted), (stored.RoundId, stored.State));
        Assert.NotNull(stored.WithdrawnAt);
        Assert.Empty(stored.Reason);
        Assert.Equal(other, stored.Party(other.MemberId));
        Assert.Empty(await TracesOfAsync(member, SamplePeople.All[0].Accomplish));
        Assert.Equal(statsBefore, await RoundFiguresAsync());

        // The other person's Accept on the card as it was: told the truth, nothing recorded.
        using var click = await ClickAsync(intro, other, IntrosVerbs.Accept);
        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        Assert.Contains(JsonSerializer.Serialize(IntrosStrings.WithdrawnTitle)[1..^1], await click.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await IntroAsync(intro.IntroId)).Party(other.MemberId)!.Decision);
    }

    [Fact]
    public async Task A_withdrawn_connected_intro_is_never_followed_up_and_its_card_update_waits_out_throttling()
    {
        await RunDueRoundAsync();
        var member = Roster[0];
        var intro = (await IntrosAsync()).Single(i => i.Party(member.AadObjectId!) is not null);
        foreach (var party in intro.Parties)
        {
            using var accept = await ClickAsync(intro, party, IntrosVerbs.Accept);
        }

        await OutboxSentAsync(updates: 2, handoffs: 2);
        Assert.Equal(IntroState.Connected, (await IntroAsync(intro.IntroId)).State);
        var updatesBefore = Bot.Connector.CallsTo(FakeRoute.UpdateActivity).Count;
        Bot.Connector.Script(FakeRoute.UpdateActivity, FakeResponse.Throttled(TimeSpan.FromMinutes(2)));

        Assert.Equal(InterviewStrings.Forgotten, (await MemberSaysAsync(member, "forget me", "yes"))[^1]);

        // Owed in the outbox, not sent in the member's turn; throttled on the first pass, sent on a later one.
        var outbox = Bot.Services.GetRequiredService<OutboxStore>();
        Assert.False((await outbox.GetAsync(Bot.Teams.TenantId, TeamId, OutboxKeys.Withdrawn(intro.IntroId)))!.Done);
        Assert.Equal(updatesBefore, Bot.Connector.CallsTo(FakeRoute.UpdateActivity).Count);
        await TickAsync();
        Clock.Advance(TimeSpan.FromMinutes(3));
        await TickAsync();
        Assert.True((await outbox.GetAsync(Bot.Teams.TenantId, TeamId, OutboxKeys.Withdrawn(intro.IntroId)))!.Done);
        var sent = Bot.Connector.CallsTo(FakeRoute.UpdateActivity).Skip(updatesBefore).ToList();
        Assert.True(sent.Count >= 2);
        Assert.Contains(IntrosStrings.WithdrawnTitle, sent[^1].Body, StringComparison.Ordinal);

        // Past the follow-up delay nobody is asked "did you meet?" about a withdrawn intro.
        var before = Bot.Connector.OutgoingActivities.Count;
        Clock.Advance(TimeSpan.FromDays(10));
        await TickAsync();
        Assert.DoesNotContain(Bot.SentSince(before), a => a.Attachments?.Any(x => x.Content?.ToString()?.Contains(IntrosVerbs.FollowUp, StringComparison.Ordinal) == true) == true);
        Assert.Equal(IntroState.Connected, (await IntroAsync(intro.IntroId)).State);
        Assert.Empty(await TracesOfAsync(member, SamplePeople.All[0].Accomplish));
    }

    [Fact]
    public async Task An_intro_withdrawn_before_its_card_was_posted_is_never_posted()
    {
        // Teams throttles every post for longer than the connector waits: the round's intros stay in the outbox, unposted.
        Bot.Connector.Script(FakeRoute.CreateConversation, [.. Enumerable.Repeat(FakeResponse.Throttled(TimeSpan.FromMinutes(10)), 5)]);
        await RunDueRoundAsync();
        var member = Roster[0];
        var intro = (await IntrosAsync()).Single(i => i.Party(member.AadObjectId!) is not null);
        Assert.Equal(IntroState.Planned, intro.State);
        var statsBefore = await RoundFiguresAsync();
        var postsBefore = Bot.Connector.CallsTo(FakeRoute.CreateConversation).Count;

        Assert.Equal(InterviewStrings.Forgotten, (await MemberSaysAsync(member, "forget me", "yes"))[^1]);
        Assert.Equal(statsBefore, await RoundFiguresAsync());
        Clock.Advance(TimeSpan.FromMinutes(11));
        await TickAsync();

        // The other four go out; the withdrawn one never does, and still counts as one of the round's intros.
        var posts = Bot.Connector.CallsTo(FakeRoute.CreateConversation).Skip(postsBefore).ToList();
        Assert.Equal(4, posts.Count);
        Assert.DoesNotContain(posts, p => p.Body.Contains(member.Name!, StringComparison.Ordinal));
        var stored = await IntroAsync(intro.IntroId);
        Assert.Equal(IntroState.Planned, stored.State);
        Assert.Null(stored.ActivityId);
        var round = Assert.Single(await RoundFiguresAsync());
        Assert.Equal((5, 4), (round.Intros, round.Posted));
        Assert.Empty(await TracesOfAsync(member, SamplePeople.All[0].Accomplish));
    }

    private async Task<IReadOnlyList<RoundFigures>> RoundFiguresAsync()
    {
        var team = await Bot.Services.GetRequiredService<TeamSettingsStore>().GetAsync(Bot.Teams.TenantId, TeamId);
        var data = await Bot.Services.GetRequiredService<StatsReader>().ReadAsync(team!, default);
        return StatsFigures.From(data).Rounds;
    }

    /// <summary>The member's personal chat, one message after another; the texts the bot answered there.</summary>
    private async Task<IReadOnlyList<string>> MemberSaysAsync(TeamsChannelAccount member, params string[] texts)
    {
        var chat = new TeamsActivities(Bot.Connector.ServiceUrl.ToString(), Bot.Teams.TenantId)
        {
            User = new ChannelAccount { Id = member.Id, Name = member.Name, AadObjectId = member.AadObjectId },
        };
        var before = Bot.Connector.OutgoingActivities.Count;
        foreach (var text in texts)
        {
            using var response = await Bot.PostAsync(chat.PersonalMessage(text));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        return Bot.SentSince(before).Where(a => a.Conversation?.Id == chat.PersonalConversationId).Select(a => a.Text ?? string.Empty).ToList();
    }

    /// <summary>Every stored row naming the member by id anywhere, or by name or answer in their tenant.</summary>
    private async Task<List<string>> TracesOfAsync(TeamsChannelAccount member, string answer)
    {
        string[] ids = [member.AadObjectId!, member.Id!, TableKey.Escape(member.Id!)];
        string[] words = [member.Name!, answer];
        var traces = new List<string>();
        await foreach (var table in Bot.Storage.ListTablesAsync())
        {
            await foreach (var entity in (await Bot.Storage.OpenTableAsync(table)).QueryAsync<TableEntity>())
            {
                var texts = entity.Select(p => p.Value?.ToString() ?? string.Empty).Append(entity.PartitionKey).Append(entity.RowKey).ToList();
                var inTenant = texts.Any(t => t.Contains(Bot.Teams.TenantId, StringComparison.Ordinal));
                if (texts.Any(t => ids.Any(id => t.Contains(id, StringComparison.Ordinal)) || (inTenant && words.Any(w => t.Contains(w, StringComparison.Ordinal)))))
                {
                    traces.Add($"{table}: {entity.PartitionKey}/{entity.RowKey}");
                }
            }
        }

        return traces;
    }
}
