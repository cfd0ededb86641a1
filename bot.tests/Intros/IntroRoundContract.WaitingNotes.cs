using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Teams.Settings;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Intros;

/// <summary>
/// Nobody silently left out: a member a round leaves first in line is told so once, in their own 1:1 chat, after the
/// round's cards, naming nobody; not again when the round is written again or leaves them waiting again, and not at all
/// once they said "forget me" or paused. An eleventh member, Gwen's twin (her very answers), makes the odd one out.
/// </summary>
public abstract partial class IntroRoundContract
{
    [Fact]
    public async Task A_member_a_round_leaves_first_in_line_gets_one_note_in_their_chat_after_the_cards_and_nobody_else_does()
    {
        var team = await WithTwinAndChatsAsync();

        await RunDueRoundAsync();

        var waiting = Assert.Single((await LastRoundAsync(team)).FirstInLine);
        var member = Roster.Single(m => m.AadObjectId == waiting);
        var note = Assert.Single(Bot.Connector.OutgoingActivities, a => a.Text == IntrosStrings.Private.FirstInLineNote);
        Assert.Equal(ChatOf(member), note.Conversation!.Id);
        Assert.DoesNotContain(Roster, m => note.Text!.Contains(m.Name!.Split(' ')[0], StringComparison.Ordinal));

        // Those with an intro hear nothing in their chats (their cards are in the channel), and the note came after the cards.
        Assert.All(Bot.Connector.OutgoingActivities.Where(a => a.Conversation?.Id?.StartsWith("a:personal-", StringComparison.Ordinal) == true), a => Assert.Same(note, a));
        var sent = Bot.Connector.OutgoingActivities.ToList();
        Assert.Equal(5, sent.Count(a => a.Conversation?.Id?.StartsWith(TeamId + ";messageid=", StringComparison.Ordinal) == true));
        Assert.True(sent.IndexOf(note) > sent.FindLastIndex(a => a.Conversation?.Id?.StartsWith(TeamId + ";messageid=", StringComparison.Ordinal) == true));

        // Later passes send nothing more.
        await TickAsync();
        Assert.Single(Bot.Connector.OutgoingActivities, a => a.Text == IntrosStrings.Private.FirstInLineNote);
    }

    [Fact]
    public async Task With_every_intro_sent_privately_the_note_still_comes_after_every_private_card()
    {
        await WithTwinAndChatsAsync();
        var team = await PrivateRoundsOnlyAsync();

        await Bot.Services.GetRequiredService<RoundRunner>().RunAsync(team, Clock.GetUtcNow(), default);
        await TickAsync();

        // The private cards are queued only as each intro is "posted", after the note: the outbox still sends them first.
        var sent = Bot.Connector.OutgoingActivities.ToList();
        var note = Assert.Single(sent, a => a.Text == IntrosStrings.Private.FirstInLineNote);
        var cards = sent.Where(a => a.Attachments?.Count > 0).ToList();
        Assert.Equal(10, cards.Count);
        Assert.All(cards, card => Assert.True(sent.IndexOf(card) < sent.IndexOf(note)));
    }

    [Fact]
    public async Task A_round_written_again_queues_no_second_note_and_a_member_waiting_two_rounds_running_is_told_once()
    {
        var team = await WithTwinAndChatsAsync();
        var runner = Bot.Services.GetRequiredService<RoundRunner>();
        var slot = Clock.GetUtcNow();
        var plan = await runner.PlanAsync(team, RoundSchedule.SlotId(slot), default);
        var waiting = Assert.Single(plan.FirstInLine);

        // Written, then written again as a crash before the round's row and a second press would; then run again.
        await runner.WriteAsync(team, plan, slot, default);
        Assert.Equal([waiting], await WaitingNotesQueuedAsync());
        await runner.WriteAsync(team, plan, slot, default);
        Assert.True((await runner.RunAsync(team, slot, default))!.AlreadyRan);
        Assert.Equal([waiting], await WaitingNotesQueuedAsync());
        await TickAsync();
        Assert.Single(Bot.Connector.OutgoingActivities, a => a.Text == IntrosStrings.Private.FirstInLineNote);

        // The next round knows who already heard, and tells only whoever is newly waiting.
        Clock.Advance(TimeSpan.FromDays(7));
        var next = await runner.PlanAsync(team, RoundSchedule.SlotId(Clock.GetUtcNow()), default);
        Assert.Equal([waiting], next.AlreadyWaiting);
        var newlyWaiting = Roster.First(m => m.AadObjectId != waiting).AadObjectId!;
        await runner.WriteAsync(team, next with { NewIntros = [], FirstInLine = [waiting, newlyWaiting] }, Clock.GetUtcNow(), default);
        await TickAsync();

        var notes = Bot.Connector.OutgoingActivities.Where(a => a.Text == IntrosStrings.Private.FirstInLineNote).Select(a => a.Conversation!.Id).ToList();
        Assert.Equal([ChatOf(waiting), ChatOf(newlyWaiting)], notes);
    }

    [Fact]
    public async Task A_member_who_said_forget_me_after_the_round_is_not_told_and_no_row_names_them()
    {
        var team = await WithTwinAndChatsAsync();
        await Bot.Services.GetRequiredService<RoundRunner>().RunAsync(team, Clock.GetUtcNow(), default);
        var waiting = Assert.Single(await WaitingNotesQueuedAsync());
        var member = Roster.Single(m => m.AadObjectId == waiting);

        Assert.Equal(InterviewStrings.Forgotten, (await MemberSaysAsync(member, "forget me", "yes"))[^1]);
        await TickAsync();

        Assert.DoesNotContain(Bot.Connector.OutgoingActivities, a => a.Text == IntrosStrings.Private.FirstInLineNote);
        Assert.Empty(await TracesOfAsync(member, member.Name!));
    }

    [Fact]
    public async Task A_note_whose_member_was_forgotten_or_paused_before_it_went_is_not_sent()
    {
        // The round wrote its notes; then one member's data went (forget me racing the round) and another paused.
        var team = await WithTwinAndChatsAsync();
        var runner = Bot.Services.GetRequiredService<RoundRunner>();
        var plan = await runner.PlanAsync(team, RoundSchedule.SlotId(Clock.GetUtcNow()), default);
        var (forgotten, paused) = (Roster[0], Roster[1]);
        await runner.WriteAsync(team, plan with { NewIntros = [], FirstInLine = [forgotten.AadObjectId!, paused.AadObjectId!] }, Clock.GetUtcNow(), default);
        var profiles = Bot.Services.GetRequiredService<ProfileStore>();
        await profiles.EraseAsync(KeyOf(forgotten), default);
        await profiles.UpdateAsync(KeyOf(paused), p => p! with { PausedUntil = Clock.GetUtcNow().AddDays(30) }, default);

        await TickAsync();

        Assert.DoesNotContain(Bot.Connector.OutgoingActivities, a => a.Text == IntrosStrings.Private.FirstInLineNote);
        Assert.Empty(await WaitingNotesQueuedAsync());
        var outbox = Bot.Services.GetRequiredService<OutboxStore>();
        Assert.Null(await outbox.GetAsync(Bot.Teams.TenantId, TeamId, OutboxKeys.WaitingNote(plan.RoundId, forgotten.AadObjectId!)));
    }

    /// <summary>Adds Gwen's twin to the team and stores every member's 1:1 chat, as talking to the bot does.</summary>
    private async Task<TeamSettings> WithTwinAndChatsAsync()
    {
        var twin = new TeamsChannelAccount
        {
            Id = $"29:1member-twin-{Bot.Teams.TenantId}",
            Name = "Wendy Ito",
            AadObjectId = $"aad-twin-{Bot.Teams.TenantId}",
            UserPrincipalName = "wendy@contoso.example",
        };
        Roster.Add(twin);
        Bot.Connector.AddMembers(TeamId, [twin]);
        var gwen = SamplePeople.All[0];
        await Bot.Services.GetRequiredService<ProfileStore>().UpdateAsync(
            KeyOf(twin),
            _ => new Profile
            {
                TenantId = Bot.Teams.TenantId,
                MemberId = twin.AadObjectId,
                Name = twin.Name,
                Accomplish = gwen.Accomplish,
                ConnectWith = gwen.ConnectWith,
                Offer = gwen.Offer,
                Consent = true,
                AnsweredAt = Clock.GetUtcNow(),
                CreatedAt = Clock.GetUtcNow(),
            },
            default);

        var team = (await Bot.Services.GetRequiredService<TeamSettingsStore>().GetAsync(Bot.Teams.TenantId, TeamId))!;
        await StoreChatsAsync(team, userId => "a:personal-" + userId);
        return team;
    }

    private MemberKey KeyOf(TeamsChannelAccount member) => new(Bot.Teams.TenantId, member.AadObjectId!, member.Id!, null);

    private static string ChatOf(TeamsChannelAccount member) => "a:personal-" + member.Id;

    private string ChatOf(string memberId) => ChatOf(Roster.Single(m => m.AadObjectId == memberId));

    private async Task<RoundRecord> LastRoundAsync(TeamSettings team)
    {
        var rounds = new List<RoundRecord>();
        await foreach (var round in Bot.Services.GetRequiredService<RoundStore>().ListAsync(team.TenantId, team.TeamId))
        {
            rounds.Add(round);
        }

        return rounds.MaxBy(r => r.RoundId, StringComparer.Ordinal)!;
    }

    /// <summary>The members a note is queued for and not yet sent.</summary>
    private async Task<List<string>> WaitingNotesQueuedAsync()
    {
        var members = new List<string>();
        await foreach (var item in Bot.Services.GetRequiredService<OutboxStore>().ListPendingAsync(Bot.Teams.TenantId, TeamId))
        {
            if (item.Kind == OutboxKind.WaitingNote)
            {
                members.Add(item.MemberId!);
            }
        }

        return members;
    }
}
