using System.Text.Json;

using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Interview;
using ConnectorBot.Privacy;
using ConnectorBot.Tests.BotFramework.Cards;

namespace ConnectorBot.Tests.Interview;

public sealed class InterviewCardsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static Profile Member => new()
    {
        TenantId = "tenant-1",
        MemberId = "member-1",
        Name = "Ada",
        Accomplish = "Launch our accessibility guild",
        ConnectWith = "Someone who has run a guild before",
        Offer = "Code reviews in Rust",
        Consent = true,
        AnsweredAt = new DateTimeOffset(2025, 11, 1, 12, 0, 0, TimeSpan.Zero),
    };

    public static TheoryData<string> Cards() => new()
    {
        nameof(InterviewCards.Summary),
        nameof(InterviewCards.ForgetConfirmation),
        nameof(InterviewCards.StaleNudge),
    };

    [Theory]
    [MemberData(nameof(Cards))]
    public void Every_card_is_adaptive_card_15_and_every_execute_has_a_submit_fallback(string name)
    {
        var card = Render(name, Member);

        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        var executes = CardJson.Objects(card, "Action.Execute").ToList();
        Assert.NotEmpty(executes);
        Assert.All(executes, CardJson.AssertHasSubmitFallback);
        Assert.All(executes, e => Assert.StartsWith(InterviewVerbs.Prefix, e.GetProperty("verb").GetString(), StringComparison.Ordinal));
        Assert.Empty(CardJson.Objects(card, "Action.Submit"));
    }

    [Theory]
    [InlineData(nameof(InterviewCards.Summary))]
    [InlineData(nameof(InterviewCards.StaleNudge))]
    [InlineData(nameof(ExportCards.ExportSummary))]
    public void Cards_with_answers_show_hostile_answers_only_escaped(string name)
    {
        var hostile = Member with
        {
            Accomplish = "**bold** <at>Ben</at> ${user.name}",
            ConnectWith = "[click](https://evil.example) <script>alert(1)</script>",
            Offer = "{{DATE(2017-02-14T06:08:39Z,SHORT)}} # heading",
        };

        var strings = CardJson.Strings(Render(name, hostile)).ToList();

        Assert.Contains(strings, s => s.Contains(@"\*\*bold\*\* \<at\>Ben\</at\> $" + "\u200B{user.name}", StringComparison.Ordinal));
        Assert.DoesNotContain(strings, s => s.Contains("**bold**", StringComparison.Ordinal));
        Assert.DoesNotContain(strings, s => s.Contains("<at>", StringComparison.Ordinal));
        Assert.DoesNotContain(strings, s => s.Contains("<script>", StringComparison.Ordinal));
        Assert.DoesNotContain(strings, s => s.Contains("${", StringComparison.Ordinal));
        Assert.DoesNotContain(strings, s => s.Contains("](", StringComparison.Ordinal) && !s.Contains(@"\](", StringComparison.Ordinal));
        Assert.DoesNotContain(strings, s => s.Contains("{{DATE(2017", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_summary_is_adaptive_card_15_counting_other_records_in_plain_words_without_their_store_names()
    {
        var card = ExportCards.ExportSummary(Export(("Profiles", 1), ("Intros", 2), ("PairHistory", 1), ("SomeNewTable", 3)), Member, Now);

        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        var facts = CardJson.Objects(card, "FactSet").SelectMany(f => f.GetProperty("facts").EnumerateArray())
            .ToDictionary(f => f.GetProperty("title").GetString()!, f => f.GetProperty("value").GetString());
        Assert.Equal(new Dictionary<string, string?>
        {
            [PrivacyStrings.Intros] = "2",
            [PrivacyStrings.PeopleMet] = "1",
            [PrivacyStrings.Other] = "3",
        }, facts);
        var strings = CardJson.Strings(card).ToList();
        Assert.Contains("Launch our accessibility guild", strings);
        Assert.DoesNotContain(strings, s => s.Contains("SomeNewTable", StringComparison.Ordinal) || s.Contains("Profiles", StringComparison.Ordinal) || s.Contains("PairHistory", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_summary_of_someone_without_answers_shows_only_what_is_kept()
    {
        var card = ExportCards.ExportSummary(Export(("Teams", 2)), profile: null, Now);

        var strings = CardJson.Strings(card).ToList();
        Assert.DoesNotContain(PrivacyStrings.AnswersTitle, strings);
        Assert.Contains(PrivacyStrings.TeamsAdmin, strings);
    }

    [Fact]
    public void Summary_shows_the_questions_and_escaped_answers()
    {
        var strings = CardJson.Strings(InterviewCards.Summary(Member with { Accomplish = "**Ship** v2" }, Now)).ToList();

        Assert.Contains(InterviewStrings.Cards.QuestionAccomplish, strings);
        Assert.Contains(InterviewStrings.Cards.QuestionConnectWith, strings);
        Assert.Contains(InterviewStrings.Cards.QuestionOffer, strings);
        Assert.Contains(@"\*\*Ship\*\* v2", strings);
        Assert.Contains("Someone who has run a guild before", strings);
        Assert.Contains("Code reviews in Rust", strings);
    }

    [Fact]
    public void Summary_marks_a_skipped_offer_and_missing_answers()
    {
        var partial = Member with { ConnectWith = null, Offer = null, OfferSkipped = true };
        var empty = Member with { Accomplish = null, ConnectWith = null, Offer = null, OfferSkipped = false };

        var partialStrings = CardJson.Strings(InterviewCards.Summary(partial, Now)).ToList();
        var emptyStrings = CardJson.Strings(InterviewCards.Summary(empty, Now)).ToList();

        Assert.Single(partialStrings, InterviewStrings.Cards.Skipped);
        Assert.Single(partialStrings, InterviewStrings.Cards.NotAnswered);
        Assert.Equal(3, emptyStrings.Count(s => s == InterviewStrings.Cards.NotAnswered));
        Assert.DoesNotContain(InterviewStrings.Cards.Skipped, emptyStrings);
    }

    [Fact]
    public void Summary_has_an_edit_button_per_answer()
    {
        var edits = CardJson.Objects(InterviewCards.Summary(Member, Now), "Action.Execute")
            .Where(a => a.GetProperty("verb").GetString() == InterviewVerbs.Edit)
            .Select(a => a.GetProperty("data").GetProperty(InterviewVerbs.FieldKey).GetString())
            .ToList();

        Assert.Equal(["accomplish", "connectWith", "offer"], edits);
    }

    public static TheoryData<bool?, string, (string, bool)[]> ConsentStates => new()
    {
        { null, InterviewStrings.Cards.ConsentUnset, [(InterviewStrings.Cards.ShareButton, true), (InterviewStrings.Cards.PrivateButton, false)] },
        { true, InterviewStrings.Cards.ConsentGiven, [(InterviewStrings.Cards.StopSharingButton, false)] },
        { false, InterviewStrings.Cards.ConsentRefused, [(InterviewStrings.Cards.ShareButton, true)] },
    };

    [Theory]
    [MemberData(nameof(ConsentStates))]
    public void Summary_shows_the_consent_state_what_is_shared_and_the_choice(bool? consent, string state, (string, bool)[] expectedChoices)
    {
        var card = InterviewCards.Summary(Member with { Consent = consent }, Now);

        var strings = CardJson.Strings(card).ToList();
        Assert.Contains(state, strings);
        // Issue 14, item 15: after yes the card says what happens, not "if you say yes".
        var explained = consent == true ? InterviewStrings.Cards.SharingExplainedGiven : InterviewStrings.Cards.SharingExplained;
        Assert.Contains(explained, strings);
        Assert.Contains("intro channel", explained, StringComparison.Ordinal);
        Assert.Equal(consent == true, !strings.Contains(InterviewStrings.Cards.SharingExplained));
        var choices = CardJson.Objects(card, "Action.Execute")
            .Where(a => a.GetProperty("verb").GetString() == InterviewVerbs.Consent)
            .Select(a => (a.GetProperty("title").GetString()!, a.GetProperty("data").GetProperty(InterviewVerbs.ConsentKey).GetBoolean()))
            .ToList();
        Assert.Equal(expectedChoices, choices);
    }

    [Fact]
    public void Summary_paused_indefinitely_says_until_resume()
    {
        var strings = CardJson.Strings(InterviewCards.Summary(Member with { PausedUntil = DateTimeOffset.MaxValue }, Now)).ToList();

        Assert.Contains(InterviewStrings.Cards.PausedUntilResume, strings);
    }

    [Fact]
    public void Summary_paused_until_a_date_shows_it_in_the_members_locale()
    {
        var until = new DateTimeOffset(2026, 3, 16, 10, 30, 0, TimeSpan.FromHours(2));

        var strings = CardJson.Strings(InterviewCards.Summary(Member with { PausedUntil = until }, Now)).ToList();

        Assert.Contains("You're paused: no introductions until {{DATE(2026-03-16T08:30:00Z,LONG)}}.", strings);
        Assert.DoesNotContain(InterviewStrings.Cards.PausedUntilResume, strings);
    }

    [Fact]
    public void Summary_paused_and_shared_says_paused_only_and_offers_resume_first()
    {
        var card = InterviewCards.Summary(Member with { Consent = true, PausedUntil = DateTimeOffset.MaxValue }, Now);

        var strings = CardJson.Strings(card).ToList();
        Assert.Contains(InterviewStrings.Cards.PausedUntilResume, strings);
        Assert.DoesNotContain(InterviewStrings.Cards.ConsentGiven, strings);
        var sharing = CardJson.Objects(card, "Action.Execute").Where(a => a.GetProperty("verb").GetString() is InterviewVerbs.Resume or InterviewVerbs.Consent).ToList();
        Assert.Equal([InterviewVerbs.Resume, InterviewVerbs.Consent], sharing.Select(a => a.GetProperty("verb").GetString()));
        Assert.Equal(InterviewStrings.Cards.ResumeButton, sharing[0].GetProperty("title").GetString());
    }

    [Fact]
    public void Summary_not_paused_offers_no_resume()
    {
        var card = InterviewCards.Summary(Member with { Consent = true }, Now);

        Assert.DoesNotContain(CardJson.Objects(card, "Action.Execute"), a => a.GetProperty("verb").GetString() == InterviewVerbs.Resume);
    }

    [Fact]
    public void Summary_not_paused_or_pause_over_has_no_paused_line()
    {
        var over = Member with { PausedUntil = Now.AddDays(-1) };

        var strings = CardJson.Strings(InterviewCards.Summary(over, Now)).Concat(CardJson.Strings(InterviewCards.Summary(Member, Now)));

        Assert.DoesNotContain(strings, s => s.StartsWith("You're paused", StringComparison.Ordinal));
    }

    [Fact]
    public void Forget_confirmation_offers_a_destructive_delete_and_a_cancel()
    {
        var actions = InterviewCards.ForgetConfirmation().GetProperty("actions").EnumerateArray().ToList();

        Assert.Equal(2, actions.Count);
        Assert.Equal(InterviewVerbs.ForgetConfirm, actions[0].GetProperty("verb").GetString());
        Assert.Equal("destructive", actions[0].GetProperty("style").GetString());
        Assert.Equal(InterviewStrings.Cards.ForgetButton, actions[0].GetProperty("title").GetString());
        Assert.Equal(InterviewVerbs.ForgetCancel, actions[1].GetProperty("verb").GetString());
        Assert.False(actions[1].TryGetProperty("style", out _));
    }

    [Fact]
    public void Stale_nudge_quotes_the_goal_and_offers_keep_or_update()
    {
        var card = InterviewCards.StaleNudge(Member with { Accomplish = "Launch our guild. Then grow it." });

        var strings = CardJson.Strings(card).ToList();
        Assert.Contains("Still hoping to “\u2068Launch our guild\u2069”?", strings);
        Assert.Contains("You answered on {{DATE(2025-11-01T12:00:00Z,LONG)}}.", strings);
        var verbs = card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("verb").GetString());
        Assert.Equal([InterviewVerbs.StaleKeep, InterviewVerbs.StaleUpdate], verbs);
    }

    [Fact]
    public void Stale_nudge_isolates_right_to_left_goals()
    {
        var strings = CardJson.Strings(InterviewCards.StaleNudge(Member with { Accomplish = "أريد أن أتعلم" })).ToList();

        Assert.Contains("Still hoping to “\u2068أريد أن أتعلم\u2069”?", strings);
    }

    [Fact]
    public void Stale_nudge_without_a_goal_asks_generally()
    {
        var strings = CardJson.Strings(InterviewCards.StaleNudge(Member with { Accomplish = null, AnsweredAt = null })).ToList();

        Assert.Contains(InterviewStrings.Cards.StaleQuestionNoAnswer, strings);
        Assert.DoesNotContain(strings, s => s.StartsWith("You answered", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ProfileField.Accomplish, "accomplish")]
    [InlineData(ProfileField.ConnectWith, "connectWith")]
    [InlineData(ProfileField.Offer, "offer")]
    public void Verbs_map_fields_to_their_data_strings_and_back(ProfileField field, string name)
    {
        Assert.Equal(name, InterviewVerbs.FieldName(field));
        Assert.Equal(field, InterviewVerbs.ParseField(name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Accomplish")]
    [InlineData("name")]
    public void Verbs_unknown_field_names_are_null(string? name) => Assert.Null(InterviewVerbs.ParseField(name));

    [Fact]
    public void Verbs_read_the_buttons_data_from_both_paths()
    {
        var summary = InterviewCards.Summary(Member with { Consent = null }, Now);
        var share = CardJson.Objects(summary, "Action.Execute").First(a => a.GetProperty("verb").GetString() == InterviewVerbs.Consent);
        var edit = CardJson.Objects(summary, "Action.Execute").Last(a => a.GetProperty("verb").GetString() == InterviewVerbs.Edit);

        var executed = new CardAction(InterviewVerbs.Consent, share.GetProperty("data"), IsExecute: true);
        var submitted = new CardAction(InterviewVerbs.Edit, edit.GetProperty("fallback").GetProperty("data"), IsExecute: false);

        Assert.True(InterviewVerbs.ReadConsent(executed));
        Assert.Equal(ProfileField.Offer, InterviewVerbs.ReadField(submitted));
        Assert.Null(InterviewVerbs.ReadConsent(new CardAction(InterviewVerbs.Consent, JsonSerializer.SerializeToElement(new { consent = "yes" }), IsExecute: false)));
    }

    private static MemberExport Export(params (string Store, int Rows)[] tables) => new(
        Now,
        "tenant-1",
        "member-1",
        tables.ToDictionary(
            t => t.Store,
            t => (IReadOnlyList<IReadOnlyDictionary<string, object>>)Enumerable.Range(0, t.Rows).Select(i => (IReadOnlyDictionary<string, object>)new Dictionary<string, object> { ["Row"] = i }).ToList()));

    private static JsonElement Render(string name, Profile profile) => name switch
    {
        nameof(InterviewCards.Summary) => InterviewCards.Summary(profile with { PausedUntil = Now.AddDays(7) }, Now),
        nameof(InterviewCards.ForgetConfirmation) => InterviewCards.ForgetConfirmation(),
        nameof(ExportCards.ExportSummary) => ExportCards.ExportSummary(Export(("Profiles", 1)), profile, Now),
        _ => InterviewCards.StaleNudge(profile),
    };
}
