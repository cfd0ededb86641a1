using System.Net;
using System.Text.Json;

using Azure.Data.Tables;

using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Storage;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Storage.Contract;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Interview;

/// <summary>
/// Whole personal-chat conversations through /api/messages (signed by the test issuer, answered into
/// the fake connector), run on each store by a small subclass.
/// </summary>
public abstract class InterviewConversationContract : IAsyncLifetime
{
    protected const string Goal = "Plan iced-tea promotions around heatwaves instead of guessing.";
    protected const string Who = "someone who can tell me if hot spells really sell more iced tea";
    protected const string Give = "I did the post-mortem on every supermarket promotion we ran last year.";

    protected BotHarness Bot { get; private set; } = null!;

    protected MemberKey Member => new(Bot.Teams.TenantId, Bot.Teams.User.AadObjectId!, Bot.Teams.User.Id!, Bot.Teams.PersonalConversationId);

    public async Task InitializeAsync() => Bot = await BotHarness.StartAsync(StorageConnectionString);

    public async Task DisposeAsync() => await Bot.DisposeAsync();

    /// <summary>Null: the embedded store in a folder of the harness's own.</summary>
    protected abstract string? StorageConnectionString { get; }

    [Fact]
    public async Task Happy_path_welcome_three_answers_summary_and_consent()
    {
        using (var install = await Bot.PostAsync(Bot.Teams.PersonalInstall()))
        {
            Assert.Equal(HttpStatusCode.OK, install.StatusCode);
        }

        Assert.StartsWith("Hi Ben!", Bot.SentTexts[0], StringComparison.Ordinal);
        Assert.Contains("intro channel", Bot.SentTexts[0], StringComparison.Ordinal);
        Assert.Equal(InterviewStrings.AskAccomplish, Bot.SentTexts[1]);

        var afterGoal = await Bot.SayAsync(Goal);
        Assert.Equal(2, afterGoal.Count);
        Assert.StartsWith("Great goal: “", afterGoal[0], StringComparison.Ordinal);
        Assert.Contains("iced", afterGoal[0], StringComparison.Ordinal);
        Assert.Equal(InterviewStrings.AskConnectWith, afterGoal[1]);

        var afterWho = await Bot.SayAsync(Who);
        Assert.Contains("hot spells", afterWho[0], StringComparison.Ordinal);
        Assert.Equal(InterviewStrings.AskOffer, afterWho[1]);

        var before = Bot.Connector.OutgoingActivities.Count;
        var afterGive = await Bot.SayAsync(Give);
        Assert.Contains("post", afterGive[0], StringComparison.Ordinal);
        Assert.Equal(InterviewStrings.AskConsent, afterGive[1]);
        var summary = Bot.SentSince(before).Last();
        Assert.Equal(ConnectorBot.BotFramework.Schema.Attachment.AdaptiveCardContentType, Assert.Single(summary.Attachments!).ContentType);

        Assert.Equal([InterviewStrings.ConsentGiven], await Bot.SayAsync("yes"));

        var profile = await StoredProfileAsync();
        Assert.Equal((Goal, Who, Give, true), (profile.Accomplish, profile.ConnectWith, profile.Offer, profile.Consent));
        Assert.Equal("Ben One", profile.Name);
        Assert.Equal("en-US", profile.Locale);
        Assert.Equal(Bot.Teams.PersonalConversationId, profile.Chat?.ConversationId);
        Assert.NotNull(profile.AnsweredAt);
    }

    [Fact]
    public async Task An_install_event_without_a_name_has_the_name_filled_in_by_the_first_answer()
    {
        // Teams sends a personal install with the member's ids but no name.
        using (var install = await Bot.PostAsync(Bot.Teams.PersonalInstall() with { From = Bot.Teams.User with { Name = null } }))
        {
            Assert.Equal(HttpStatusCode.OK, install.StatusCode);
        }

        Assert.Null((await StoredProfileAsync()).Name);

        await Bot.SayAsync(Goal);

        Assert.Equal("Ben One", (await StoredProfileAsync()).Name);
    }

    [Fact]
    public async Task A_first_message_from_someone_new_gets_the_welcome_not_stored_as_an_answer()
    {
        var replies = await Bot.SayAsync("hi there");

        Assert.StartsWith("Hi Ben!", replies[0], StringComparison.Ordinal);
        Assert.Equal(InterviewStrings.AskAccomplish, replies[1]);
        Assert.Null((await StoredProfileAsync()).Accomplish);
    }

    [Fact]
    public async Task Declining_consent_keeps_the_member_private()
    {
        await CompleteInterviewAsync();

        Assert.Equal([InterviewStrings.ConsentRefused], await Bot.SayAsync("no"));
        Assert.False((await StoredProfileAsync()).Consent);
    }

    [Fact]
    public async Task Consent_from_the_card_button_returns_the_updated_card()
    {
        await CompleteInterviewAsync();

        using var response = await Bot.PostAsync(Bot.Teams.Invoke(ActivityRouter.AdaptiveCardActionInvoke, Execute(InterviewVerbs.Consent, new { consent = true })));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        Assert.True((await StoredProfileAsync()).Consent);
        Assert.Equal(InterviewStrings.ConsentGiven, Bot.SentTexts[^1]);
    }

    [Fact]
    public async Task Resume_from_the_summary_card_ends_the_pause_and_returns_the_card_without_it()
    {
        await CompleteInterviewAsync();
        await Bot.SayAsync("pause");

        using var response = await Bot.PostAsync(Bot.Teams.Invoke(ActivityRouter.AdaptiveCardActionInvoke, Execute(InterviewVerbs.Resume, new { })));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null((await StoredProfileAsync()).PausedUntil);
        Assert.Equal(InterviewStrings.Resumed, Bot.SentTexts[^1]);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        Assert.DoesNotContain(InterviewStrings.Cards.ResumeButton, body.RootElement.GetProperty("value").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skipping_the_offer_is_allowed_but_not_the_first_two()
    {
        await Bot.SayAsync("hello");

        Assert.Equal([InterviewStrings.CannotSkip], await Bot.SayAsync("skip"));
        await Bot.SayAsync(Goal);
        Assert.Equal([InterviewStrings.CannotSkip], await Bot.SayAsync("Skip."));
        await Bot.SayAsync(Who);
        var replies = await Bot.SayAsync("skip");

        Assert.Equal(InterviewStrings.AckOfferSkipped, replies[0]);
        var profile = await StoredProfileAsync();
        Assert.True(profile.OfferSkipped);
        Assert.Null(profile.Offer);
        Assert.True(profile.IsComplete);
    }

    [Fact]
    public async Task Editing_one_answer_by_command_and_by_card_button()
    {
        await CompleteInterviewAsync();

        var prompt = await Bot.SayAsync("edit 2");
        Assert.Contains("hot spells", prompt[0], StringComparison.Ordinal);
        Assert.Contains(InterviewStrings.AskConnectWith, prompt[0], StringComparison.Ordinal);
        var updated = await Bot.SayAsync("a data analyst who has modelled weather against sales");
        Assert.StartsWith("Updated: “", updated[0], StringComparison.Ordinal);
        Assert.Equal("a data analyst who has modelled weather against sales", (await StoredProfileAsync()).ConnectWith);

        using var button = await Bot.PostAsync(Bot.Teams.Invoke(ActivityRouter.AdaptiveCardActionInvoke, Execute(InterviewVerbs.Edit, new { field = "offer" })));
        Assert.Equal(HttpStatusCode.OK, button.StatusCode);
        Assert.Contains(InterviewStrings.AskOffer, Bot.SentTexts[^1], StringComparison.Ordinal);
        await Bot.SayAsync("I can teach Excel pivot tables");

        var profile = await StoredProfileAsync();
        Assert.Equal("I can teach Excel pivot tables", profile.Offer);
        Assert.Equal(Goal, profile.Accomplish);
    }

    [Fact]
    public async Task Editing_by_the_action_submit_fallback_works_too()
    {
        await CompleteInterviewAsync();
        var submit = Bot.Teams.PersonalMessage(string.Empty) with
        {
            Value = JsonSerializer.SerializeToElement(new { verb = InterviewVerbs.Edit, field = "accomplish" }),
        };

        using var response = await Bot.PostAsync(submit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(InterviewStrings.AskAccomplish, Bot.SentTexts[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_without_a_field_asks_which_edit_all_walks_through_again_and_cancel_keeps()
    {
        await CompleteInterviewAsync();

        Assert.Equal(InterviewStrings.EditWhich, (await Bot.SayAsync("Edit"))[0]);
        Assert.Equal([InterviewStrings.EditAll, InterviewStrings.AskAccomplish], await Bot.SayAsync("edit all"));
        await Bot.SayAsync("edit 1");
        Assert.Equal([InterviewStrings.EditCancelled], await Bot.SayAsync("cancel"));
        Assert.Equal(Goal, (await StoredProfileAsync()).Accomplish);
    }

    [Fact]
    public async Task Pause_for_weeks_indefinitely_and_resume()
    {
        await CompleteInterviewAsync();

        var paused = await Bot.SayAsync("pause 2 weeks");
        Assert.StartsWith("Paused until ", paused[0], StringComparison.Ordinal);
        var until = (await StoredProfileAsync()).PausedUntil!.Value;
        Assert.InRange(until, DateTimeOffset.UtcNow.AddDays(13), DateTimeOffset.UtcNow.AddDays(15));

        Assert.Equal([InterviewStrings.Resumed], await Bot.SayAsync("Resume!"));
        Assert.Null((await StoredProfileAsync()).PausedUntil);
        Assert.Equal([InterviewStrings.NotPaused], await Bot.SayAsync("resume"));

        Assert.Equal([InterviewStrings.PauseRange], await Bot.SayAsync("pause 99 weeks"));
        Assert.Equal([InterviewStrings.PausedIndefinitely], await Bot.SayAsync("pause"));
        Assert.True((await StoredProfileAsync()).IsPausedAt(DateTimeOffset.UtcNow.AddYears(50)));
    }

    [Fact]
    public async Task Show_sends_the_summary_card()
    {
        await CompleteInterviewAsync();
        var before = Bot.Connector.OutgoingActivities.Count;

        await Bot.SayAsync("show my answers");

        var card = Assert.Single(Bot.SentSince(before));
        Assert.Equal(ConnectorBot.BotFramework.Schema.Attachment.AdaptiveCardContentType, Assert.Single(card.Attachments!).ContentType);
    }

    [Fact]
    public async Task Forget_me_asks_then_deletes_every_row_about_the_member_from_every_table()
    {
        await CompleteInterviewAsync();
        await Bot.SayAsync("yes");

        Assert.Equal(InterviewStrings.ForgetAsk, (await Bot.SayAsync("forget me"))[0]);
        Assert.Equal([InterviewStrings.ForgetKept], await Bot.SayAsync("no"));
        Assert.NotNull(await Bot.Services.GetRequiredService<ProfileStore>().GetAsync(Member, default));
        var tracesBefore = await FindMemberTracesAsync();
        Assert.Contains(tracesBefore, t => t.StartsWith(ProfileStore.TableName, StringComparison.Ordinal));
        Assert.Contains(tracesBefore, t => t.StartsWith(InterviewSessionStore.TableName, StringComparison.Ordinal));
        Assert.Contains(tracesBefore, t => t.StartsWith(ActivityDeduplicator.TableName, StringComparison.Ordinal));

        await Bot.SayAsync("Forget me!");
        Assert.Equal([InterviewStrings.Forgotten], await Bot.SayAsync("yes"));

        var traces = await FindMemberTracesAsync();
        Assert.Empty(traces);

        // Coming back later is a fresh start.
        Assert.StartsWith("Hi Ben!", (await Bot.SayAsync("hello again"))[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_me_by_the_card_button()
    {
        await CompleteInterviewAsync();
        await Bot.SayAsync("delete my data");

        using var response = await Bot.PostAsync(Bot.Teams.Invoke(ActivityRouter.AdaptiveCardActionInvoke, Execute(InterviewVerbs.ForgetConfirm, new { })));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(InterviewStrings.Forgotten, Bot.SentTexts[^1]);
        Assert.Empty(await FindMemberTracesAsync());
    }

    [Fact]
    public async Task The_confirm_cards_buttons_after_the_deletion_say_so_keep_nothing_and_hi_starts_again()
    {
        await CompleteInterviewAsync();
        await Bot.SayAsync("forget me");
        Assert.Equal([InterviewStrings.Forgotten], await Bot.SayAsync("yes"));

        // The same card's Cancel, then Delete: neither claims to keep anything nor writes a row.
        foreach (var verb in new[] { InterviewVerbs.ForgetCancel, InterviewVerbs.ForgetConfirm })
        {
            using var response = await Bot.PostAsync(Bot.Teams.Invoke(ActivityRouter.AdaptiveCardActionInvoke, Execute(verb, new { })));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("already deleted", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(InterviewStrings.AlreadyForgotten, Bot.SentTexts[^1]);
        }

        Assert.DoesNotContain(Bot.SentTexts, t => t == InterviewStrings.ForgetKept);

        // Each click is an activity and leaves its once-only marker; nothing else is written.
        Assert.All(await FindMemberTracesAsync(), t => Assert.StartsWith(ActivityDeduplicator.TableName + ":", t, StringComparison.Ordinal));
        Assert.Null(await Bot.Services.GetRequiredService<InterviewSessionStore>().GetAsync(Member, default));
        Assert.Equal([InterviewStrings.NothingStored], await Bot.SayAsync("show"));

        // "just say hi" restarts the interview.
        var hello = await Bot.SayAsync("hi");
        Assert.StartsWith("Hi Ben!", hello[0], StringComparison.Ordinal);
        Assert.Equal(InterviewStrings.AskAccomplish, hello[1]);
    }

    [Fact]
    public async Task A_stale_cancel_with_no_deletion_waiting_says_nothing_changed()
    {
        await CompleteInterviewAsync();
        await Bot.SayAsync("forget me");
        await Bot.SayAsync("no");

        using var response = await Bot.PostAsync(Bot.Teams.Invoke(ActivityRouter.AdaptiveCardActionInvoke, Execute(InterviewVerbs.ForgetCancel, new { })));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(InterviewStrings.NoDeletionPending, Bot.SentTexts[^1]);
        Assert.Equal(Goal, (await StoredProfileAsync()).Accomplish);
    }

    [Fact]
    public async Task Hi_after_forget_me_then_no_without_answers_starts_the_interview()
    {
        // Someone with no answers (an admin list may name them) asks, then keeps their data: "hi" is not "Hi again".
        await Bot.Services.GetRequiredService<InterviewSessionStore>().UpdateAsync(Member, s => s with { ConfirmingForget = true }, default);
        Assert.Equal([InterviewStrings.ForgetKept], await Bot.SayAsync("no"));

        var hello = await Bot.SayAsync("hi");

        Assert.StartsWith("Hi Ben!", hello[0], StringComparison.Ordinal);
        Assert.Equal(InterviewStrings.AskAccomplish, hello[1]);
    }

    [Fact]
    public async Task A_restart_mid_interview_continues_where_the_member_was()
    {
        await Bot.SayAsync("hello");
        await Bot.SayAsync(Goal);

        await Bot.RestartAsync();
        var replies = await Bot.SayAsync(Who);

        Assert.Contains("hot spells", replies[0], StringComparison.Ordinal);
        Assert.Equal(InterviewStrings.AskOffer, replies[1]);
        var profile = await StoredProfileAsync();
        Assert.Equal((Goal, Who), (profile.Accomplish, profile.ConnectWith));
    }

    [Fact]
    public async Task Coming_back_with_a_hello_picks_up_the_waiting_question_instead_of_storing_hello()
    {
        await Bot.SayAsync("hello");
        await Bot.SayAsync(Goal);
        await Bot.RestartAsync();

        Assert.Equal([InterviewStrings.PickUp, InterviewStrings.AskConnectWith], await Bot.SayAsync("Hi again!"));
        Assert.Null((await StoredProfileAsync()).ConnectWith);

        await Bot.SayAsync(Who);
        await Bot.SayAsync(Give);
        Assert.Equal([InterviewStrings.HelloAgain], await Bot.SayAsync("hello"));
    }

    [Fact]
    public async Task An_admin_invitation_opens_a_personal_chat_and_the_member_answers_there()
    {
        var invitations = Bot.Services.GetRequiredService<InterviewInvitations>();
        var member = new ConnectorBot.BotFramework.Connector.TeamsChannelAccount { Id = Bot.Teams.User.Id, Name = "Ben One", AadObjectId = Bot.Teams.User.AadObjectId };

        var outcome = await invitations.InviteAsync(Bot.Teams.TenantId, Bot.Connector.ServiceUrl.ToString(), TeamsActivities.Bot.Id!, member, default);

        Assert.Equal(InvitationOutcome.Invited, outcome);
        Assert.Single(Bot.Connector.CallsTo(FakeRoute.CreateConversation));
        Assert.StartsWith("Hi Ben!", Bot.SentTexts[0], StringComparison.Ordinal);
        Assert.Equal(InterviewStrings.AskAccomplish, Bot.SentTexts[1]);
        Assert.Equal(InterviewStrings.AskConnectWith, (await Bot.SayAsync(Goal))[1]);
        await Bot.SayAsync(Who);
        await Bot.SayAsync(Give);

        Assert.Equal(InvitationOutcome.AlreadyAnswered, await invitations.InviteAsync(Bot.Teams.TenantId, Bot.Connector.ServiceUrl.ToString(), TeamsActivities.Bot.Id!, member, default));
        Assert.Single(Bot.Connector.CallsTo(FakeRoute.CreateConversation));
    }

    [Fact]
    public async Task An_invitation_to_someone_who_blocked_the_bot_is_reported_not_thrown()
    {
        Bot.Connector.Script(FakeRoute.CreateConversation, FakeResponse.Error(403, "ConversationBlockedByUser"));
        var member = new ConnectorBot.BotFramework.Connector.TeamsChannelAccount { Id = Bot.Teams.User.Id, Name = "Ben One", AadObjectId = Bot.Teams.User.AadObjectId };

        var outcome = await Bot.Services.GetRequiredService<InterviewInvitations>().InviteAsync(Bot.Teams.TenantId, Bot.Connector.ServiceUrl.ToString(), TeamsActivities.Bot.Id!, member, default);

        Assert.Equal(InvitationOutcome.Unreachable, outcome);
        Assert.Empty(Bot.Connector.OutgoingActivities);
    }

    [Fact]
    public async Task The_same_answer_delivered_twice_is_taken_once()
    {
        await Bot.SayAsync("hello");
        var answer = Bot.Teams.PersonalMessage(Goal, id: "1:answer-once");

        using (var first = await Bot.PostAsync(answer))
        using (var again = await Bot.PostAsync(answer))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        Assert.Single(Bot.SentTexts, t => t == InterviewStrings.AskConnectWith);
        Assert.Equal(ProfileField.ConnectWith, (await Bot.Services.GetRequiredService<InterviewSessionStore>().GetAsync(Member, default))?.Awaiting);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public async Task An_empty_answer_is_asked_again_kindly(string empty)
    {
        await Bot.SayAsync("hello");

        Assert.Equal([InterviewStrings.AnswerEmpty], await Bot.SayAsync(empty));
        Assert.Null((await StoredProfileAsync()).Accomplish);
    }

    [Theory]
    [InlineData("🎉🙌🚀")]
    [InlineData("👍🏽")]
    [InlineData("?!...")]
    public async Task An_answer_of_only_emoji_or_punctuation_asks_for_words(string noWords)
    {
        await Bot.SayAsync("hello");

        Assert.Equal([InterviewStrings.AnswerNoWords], await Bot.SayAsync(noWords));
        Assert.Null((await StoredProfileAsync()).Accomplish);
    }

    [Fact]
    public async Task A_too_long_answer_is_kept_as_a_draft_and_the_member_asked_to_shorten_it()
    {
        await Bot.SayAsync("hello");
        var tooLong = string.Join(' ', Enumerable.Repeat("We want to grow exports to Scandinavia.", 30));

        var replies = await Bot.SayAsync(tooLong);

        Assert.StartsWith("That's 1,199 characters; I can keep up to 1,000.", replies[0], StringComparison.Ordinal);
        var session = await Bot.Services.GetRequiredService<InterviewSessionStore>().GetAsync(Member, default);
        Assert.Equal(tooLong, session?.Draft);
        Assert.Equal(ProfileField.Accomplish, session?.DraftField);
        Assert.Contains("We want to grow exports", (await Bot.SayAsync("draft"))[0], StringComparison.Ordinal);

        await Bot.SayAsync("Grow exports to Scandinavia.");
        Assert.Equal("Grow exports to Scandinavia.", (await StoredProfileAsync()).Accomplish);
        Assert.Null((await Bot.Services.GetRequiredService<InterviewSessionStore>().GetAsync(Member, default))?.Draft);
    }

    [Fact]
    public async Task An_answer_of_32768_chars_is_kept_whole_as_a_draft_and_the_member_told_nothing_is_lost()
    {
        await Bot.SayAsync("hello");
        var answer = LongAnswer(32_768);

        var replies = await Bot.SayAsync(answer);

        Assert.Equal([InterviewStrings.AnswerTooLong(32_768, 1_000)], replies);
        Assert.StartsWith("That's 32,768 characters; I can keep up to 1,000.", replies[0], StringComparison.Ordinal);
        Assert.Contains("nothing is lost", replies[0], StringComparison.Ordinal);
        var session = await StoredSessionAsync();
        Assert.Equal((answer, ProfileField.Accomplish, ProfileField.Accomplish), (session.Draft, session.DraftField, session.Awaiting));
        Assert.Null((await StoredProfileAsync()).Accomplish);
    }

    [Fact]
    public async Task An_answer_of_32769_chars_keeps_what_a_draft_holds_and_says_what_was_not_kept()
    {
        await Bot.SayAsync("hello");
        var answer = LongAnswer(32_769);

        var replies = await Bot.SayAsync(answer);

        Assert.Equal([InterviewStrings.AnswerTooLongForDraft(32_769, 1_000, 32_768, 1)], replies);
        Assert.DoesNotContain("nothing is lost", replies[0], StringComparison.Ordinal);
        var session = await StoredSessionAsync();
        Assert.Equal((answer[..32_768], ProfileField.Accomplish), (session.Draft, session.DraftField));
        Assert.Null((await StoredProfileAsync()).Accomplish);
    }

    [Fact]
    public async Task A_draft_is_never_cut_inside_an_emoji()
    {
        await Bot.SayAsync("hello");
        var answer = LongAnswer(32_767) + "😀";

        var replies = await Bot.SayAsync(answer);

        Assert.Equal([InterviewStrings.AnswerTooLongForDraft(32_768, 1_000, 32_767, 1)], replies);
        Assert.Equal(answer[..32_767], (await StoredSessionAsync()).Draft);
    }

    [Fact]
    public async Task A_one_megabyte_answer_keeps_what_a_draft_holds_and_says_what_was_not_kept()
    {
        // 1,000,000 characters: the activity is still under the 1 MiB body limit, so it becomes a turn.
        await Bot.SayAsync("hello");
        var answer = LongAnswer(1_000_000);

        var replies = await Bot.SayAsync(answer);

        Assert.Equal([InterviewStrings.AnswerTooLongForDraft(1_000_000, 1_000, 32_768, 967_232)], replies);
        Assert.Contains("the first 32,768 characters as a draft and **not the last 967,232**", replies[0], StringComparison.Ordinal);
        Assert.Equal(answer[..32_768], (await StoredSessionAsync()).Draft);
        Assert.Null((await StoredProfileAsync()).Accomplish);
    }

    [Fact]
    public async Task A_one_mebibyte_answer_is_refused_with_413_and_changes_nothing()
    {
        await Bot.SayAsync("hello");
        await Bot.SayAsync(LongAnswer(1_001));
        var sessionBefore = await StoredSessionAsync();
        var profileBefore = await StoredProfileAsync();
        var sentBefore = Bot.Connector.OutgoingActivities.Count;

        using var response = await Bot.PostAsync(Bot.Teams.PersonalMessage(LongAnswer(1024 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Bot.SentSince(sentBefore));
        Assert.Equal(sessionBefore, await StoredSessionAsync());
        Assert.Equal(profileBefore, await StoredProfileAsync());
    }

    [Fact]
    public async Task An_answer_of_exactly_the_limit_is_kept_whole()
    {
        await Bot.SayAsync("hello");
        var exactly = new string('a', 999) + "😀";

        await Bot.SayAsync(exactly);

        Assert.Equal(exactly, (await StoredProfileAsync()).Accomplish);
    }

    [Theory]
    [InlineData("<b>Bold</b> <script>alert(1)</script> and <at>Ben</at>")]
    [InlineData("**grow** _sales_ [link](http://x.example) # heading")]
    [InlineData("${user.name} {{DATE(2017-02-14T06:08:39Z, SHORT)}} {\"type\":\"AdaptiveCard\"}")]
    [InlineData("أريد أن أتعلم تحليل البيانات")]
    [InlineData("ללמוד ניתוח נתונים with Python")]
    public async Task Markup_template_syntax_and_rtl_text_are_stored_intact_and_shown_escaped(string answer)
    {
        await Bot.SayAsync("hello");

        var replies = await Bot.SayAsync(answer);

        Assert.Equal(answer, (await StoredProfileAsync()).Accomplish);
        Assert.DoesNotContain("<b>", replies[0], StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", replies[0], StringComparison.Ordinal);
        Assert.DoesNotContain("**grow**", replies[0], StringComparison.Ordinal);
        Assert.Equal(InterviewStrings.AskConnectWith, replies[1]);
    }

    [Fact]
    public async Task Unknown_text_after_the_interview_gets_a_helpful_reply()
    {
        await CompleteInterviewAsync();
        await Bot.SayAsync("yes");

        Assert.Equal([InterviewStrings.NotUnderstoodPersonal], await Bot.SayAsync("what's for lunch?"));
    }

    [Fact]
    public async Task Stale_answers_get_one_nudge_and_keep_refreshes_them()
    {
        await CompleteInterviewAsync();
        await Bot.SayAsync("yes");
        var profiles = Bot.Services.GetRequiredService<ProfileStore>();
        var old = DateTimeOffset.UtcNow.AddDays(-120);
        await profiles.UpdateAsync(Member, p => p! with { AnsweredAt = old }, default);
        var nudges = Bot.Services.GetRequiredService<StaleAnswerNudges>();
        var before = Bot.Connector.OutgoingActivities.Count;

        Assert.Equal(1, await nudges.SendDueAsync(Bot.Teams.TenantId, default));
        Assert.Equal(0, await nudges.SendDueAsync(Bot.Teams.TenantId, default));

        var nudge = Assert.Single(Bot.SentSince(before));
        Assert.Equal(ConnectorBot.BotFramework.Schema.Attachment.AdaptiveCardContentType, Assert.Single(nudge.Attachments!).ContentType);
        Assert.Contains(Uri.EscapeDataString(Bot.Teams.PersonalConversationId), Bot.Connector.CallsTo(FakeRoute.SendToConversation)[^1].RawTarget, StringComparison.Ordinal);
        using var keep = await Bot.PostAsync(Bot.Teams.Invoke(ActivityRouter.AdaptiveCardActionInvoke, Execute(InterviewVerbs.StaleKeep, new { })));
        Assert.True((await StoredProfileAsync()).AnsweredAt > old.AddDays(100));
    }

    protected async Task CompleteInterviewAsync()
    {
        await Bot.SayAsync("hello");
        await Bot.SayAsync(Goal);
        await Bot.SayAsync(Who);
        await Bot.SayAsync(Give);
    }

    protected async Task<InterviewSession> StoredSessionAsync() =>
        await Bot.Services.GetRequiredService<InterviewSessionStore>().GetAsync(Member, default) ?? throw new InvalidOperationException("No session stored.");

    /// <summary>Words, not one repeated letter, so it reads as an answer; exactly <paramref name="chars"/> UTF-16 chars.</summary>
    protected static string LongAnswer(int chars)
    {
        const string Sentence = "We want to grow exports to Scandinavia. ";
        // Ends in a full stop: the count the member is told is of the trimmed text.
        return string.Concat(Enumerable.Repeat(Sentence, (chars / Sentence.Length) + 1))[..(chars - 1)] + ".";
    }

    protected async Task<Profile> StoredProfileAsync() =>
        await Bot.Services.GetRequiredService<ProfileStore>().GetAsync(Member, default) ?? throw new InvalidOperationException("No profile stored.");

    /// <summary>
    /// Every entity in every table that mentions the member: anywhere, by their ids or personal chat; and
    /// among their tenant's rows, by name or answers too (other tests' members share those words).
    /// </summary>
    protected async Task<List<string>> FindMemberTracesAsync()
    {
        var ids = new[] { Bot.Teams.User.AadObjectId!, Bot.Teams.User.Id!, Bot.Teams.PersonalConversationId }.SelectMany(Forms).ToList();
        var words = new[] { Goal, Who, Give, "Ben One" }.SelectMany(Forms).ToList();
        var tenant = Forms(Bot.Teams.TenantId).ToList();
        var traces = new List<string>();
        var service = Bot.Storage;
        await foreach (var table in service.ListTablesAsync())
        {
            await foreach (var entity in (await service.OpenTableAsync(table)).QueryAsync<TableEntity>())
            {
                var texts = entity.Select(p => p.Value?.ToString() ?? string.Empty).Append(entity.PartitionKey).Append(entity.RowKey).ToList();
                var inTenant = texts.Any(t => tenant.Any(n => t.Contains(n, StringComparison.Ordinal)));
                if (texts.Any(t => ids.Any(n => t.Contains(n, StringComparison.Ordinal)) || (inTenant && words.Any(n => t.Contains(n, StringComparison.Ordinal)))))
                {
                    traces.Add($"{table}: {entity.PartitionKey}/{entity.RowKey}");
                }
            }
        }

        return traces;

        static IEnumerable<string> Forms(string value) => new[] { value, TableKey.Escape(value) }.Distinct();
    }

    private static object Execute(string verb, object data) =>
        new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" };
}

public sealed class EmbeddedInterviewConversationTests : InterviewConversationContract
{
    protected override string? StorageConnectionString => null;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteInterviewConversationTests(AzuriteFixture azurite) : InterviewConversationContract
{
    protected override string? StorageConnectionString => azurite.ConnectionString;
}
