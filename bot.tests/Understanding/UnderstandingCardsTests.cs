using ConnectorBot.Interview;
using ConnectorBot.Tests.BotFramework.Cards;
using ConnectorBot.Understanding;

namespace ConnectorBot.Tests.Understanding;

public sealed class UnderstandingCardsTests
{
    private static readonly Profile Member = new()
    {
        TenantId = "tenant-1",
        MemberId = "member-1",
        Accomplish = "Quero melhorar o nosso processo de CAPA",
        ConnectWith = "Someone who has run a guild before",
        Offer = "Code reviews in Rust",
        Consent = true,
    };

    private static AnswerUnderstanding Row(AnswerKind kind, string plain, params string[] words) => new()
    {
        TenantId = Member.TenantId,
        MemberId = Member.MemberId,
        Kind = kind,
        AnswerHash = AnswerUnderstanding.HashOf(AnswerKinds.AnswerOf(Member, kind)!),
        Plain = plain,
        Words = words,
        Source = "counting",
        Version = "counting-1",
    };

    private static Dictionary<AnswerKind, AnswerUnderstanding> All() => new()
    {
        [AnswerKind.Accomplish] = Row(AnswerKind.Accomplish, "I want to improve our corrective and preventive actions (CAPA) process", "quality management", "root cause analysis"),
        [AnswerKind.ConnectWith] = Row(AnswerKind.ConnectWith, "Someone who has run a guild before", "community of practice"),
        [AnswerKind.Offer] = Row(AnswerKind.Offer, "Code reviews in Rust"),
    };

    [Fact]
    public void The_playback_is_an_adaptive_card_15_whose_buttons_all_have_a_submit_fallback()
    {
        var card = UnderstandingCards.Playback(Member, All());

        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        var executes = CardJson.Objects(card, "Action.Execute").ToList();
        Assert.NotEmpty(executes);
        Assert.All(executes, CardJson.AssertHasSubmitFallback);
        Assert.All(executes, e => Assert.StartsWith(UnderstandingVerbs.Prefix, e.GetProperty("verb").GetString(), StringComparison.Ordinal));
        Assert.Empty(CardJson.Objects(card, "Action.Submit"));
    }

    [Fact]
    public void Each_answer_shows_its_plain_english_when_it_differs_and_its_words()
    {
        var strings = CardJson.Strings(UnderstandingCards.Playback(Member, All())).ToList();

        Assert.Contains(UnderstandingStrings.SectionTitle, strings);
        Assert.Contains(UnderstandingStrings.InPlainWords("I want to improve our corrective and preventive actions (CAPA) process"), strings);
        Assert.Contains(UnderstandingStrings.RelatedWords("quality management, root cause analysis"), strings);
        Assert.Contains(UnderstandingStrings.RelatedWords("community of practice"), strings);

        // Plain English that only repeats the answer is not shown again; an answer with nothing added says so.
        Assert.DoesNotContain(UnderstandingStrings.InPlainWords("Someone who has run a guild before"), strings);
        Assert.Single(strings, UnderstandingStrings.NothingToAdd);
    }

    [Fact]
    public void The_offline_lexicons_reading_is_played_back_too()
    {
        var rows = All();
        rows[AnswerKind.Accomplish] = rows[AnswerKind.Accomplish] with { Source = "lexicon", Version = "lexicon-1" };

        Assert.Contains(
            UnderstandingStrings.RelatedWords("quality management, root cause analysis"),
            CardJson.Strings(UnderstandingCards.Playback(Member, rows)));
    }

    [Fact]
    public void A_reading_the_matcher_uses_is_introduced_as_such_and_a_reading_it_does_not_as_a_guess_to_correct()
    {
        var offline = All().ToDictionary(r => r.Key, r => r.Value with { Source = "lexicon", Version = "lexicon-1" });

        Assert.Contains(UnderstandingStrings.SectionIntro, CardJson.Strings(UnderstandingCards.Playback(Member, All())));
        var guessed = CardJson.Strings(UnderstandingCards.Playback(Member, offline)).ToList();
        Assert.Contains(UnderstandingStrings.SectionIntroGuess, guessed);
        Assert.DoesNotContain(UnderstandingStrings.SectionIntro, guessed);
    }

    [Fact]
    public void That_is_not_it_is_offered_per_answer_with_something_generated_naming_the_answer_and_its_hash()
    {
        var rejects = CardJson.Objects(UnderstandingCards.Playback(Member, All()), "Action.Execute")
            .Where(a => a.GetProperty("verb").GetString() == UnderstandingVerbs.Reject)
            .Select(a => a.GetProperty("data"))
            .ToList();

        Assert.Equal(["accomplish", "connectWith"], rejects.Select(d => d.GetProperty(UnderstandingVerbs.AnswerKey).GetString()));
        Assert.All(rejects, d => Assert.Equal(Member.TenantId, d.GetProperty(UnderstandingVerbs.TenantKey).GetString()));
        Assert.Equal(AnswerUnderstanding.HashOf(Member.Accomplish!), rejects[0].GetProperty(UnderstandingVerbs.AnswerHashKey).GetString());
    }

    [Fact]
    public void Add_words_opens_one_input_per_answer_holding_the_members_words_and_a_save_button()
    {
        var rows = All();
        rows[AnswerKind.Offer] = rows[AnswerKind.Offer] with { MemberWords = ["rustlang", "code review"] };

        var showCard = Assert.Single(CardJson.Objects(UnderstandingCards.Playback(Member, rows), "Action.ShowCard"));

        Assert.Equal(UnderstandingStrings.AddWordsButton, showCard.GetProperty("title").GetString());
        var inputs = CardJson.Objects(showCard, "Input.Text").ToList();
        Assert.Equal(
            [.. AnswerKinds.Answers.Select(UnderstandingVerbs.WordsInputId)],
            inputs.Select(i => i.GetProperty("id").GetString()));
        Assert.Equal("rustlang, code review", inputs[2].GetProperty("value").GetString());
        Assert.All(inputs, i => Assert.Equal(UnderstandingCards.MaxWordsInputLength, i.GetProperty("maxLength").GetInt32()));
        var save = Assert.Single(CardJson.Objects(showCard, "Action.Execute"));
        Assert.Equal(UnderstandingVerbs.SaveWords, save.GetProperty("verb").GetString());
        Assert.Equal("playback", save.GetProperty("data").GetProperty(UnderstandingVerbs.PlaceKey).GetString());
    }

    [Fact]
    public void The_members_words_are_shown_before_the_generated_ones_and_said_once()
    {
        var rows = All();
        rows[AnswerKind.Accomplish] = rows[AnswerKind.Accomplish] with { MemberWords = ["CAPA", "Quality Management"] };

        var strings = CardJson.Strings(UnderstandingCards.Playback(Member, rows)).ToList();

        var mine = strings.IndexOf(UnderstandingStrings.YourWords("CAPA, Quality Management"));
        var related = strings.IndexOf(UnderstandingStrings.RelatedWords("root cause analysis"));
        Assert.True(mine >= 0 && related > mine, string.Join(" | ", strings));
    }

    [Fact]
    public void A_rejected_understanding_shows_only_the_members_words_and_no_second_that_is_not_it()
    {
        var rows = All();
        rows[AnswerKind.Accomplish] = rows[AnswerKind.Accomplish] with { Rejected = true, MemberWords = ["CAPA"] };

        var card = UnderstandingCards.Playback(Member, rows);
        var strings = CardJson.Strings(card).ToList();

        Assert.Contains(UnderstandingStrings.RejectedNote, strings);
        Assert.Contains(UnderstandingStrings.YourWords("CAPA"), strings);
        Assert.DoesNotContain(strings, s => s.Contains("corrective", StringComparison.Ordinal) || s.Contains("quality management", StringComparison.Ordinal));
        Assert.DoesNotContain(
            CardJson.Objects(card, "Action.Execute"),
            a => a.GetProperty("verb").GetString() == UnderstandingVerbs.Reject && a.GetProperty("data").GetProperty(UnderstandingVerbs.AnswerKey).GetString() == "accomplish");
    }

    [Fact]
    public void Until_anything_is_understood_the_section_says_it_is_still_thinking()
    {
        var strings = CardJson.Strings(UnderstandingCards.Playback(Member, new Dictionary<AnswerKind, AnswerUnderstanding>())).ToList();

        Assert.Contains(UnderstandingStrings.StillThinking, strings);
        Assert.DoesNotContain(UnderstandingStrings.StillThinkingOne, strings);
    }

    [Fact]
    public void An_answer_changed_since_it_was_understood_is_still_being_thought_about()
    {
        var changed = Member with { Offer = "Mentoring new Rust developers" };

        var strings = CardJson.Strings(UnderstandingCards.Playback(changed, All())).ToList();

        Assert.Single(strings, UnderstandingStrings.StillThinkingOne);
        Assert.Contains(UnderstandingStrings.RelatedWords("quality management, root cause analysis"), strings);
    }

    [Fact]
    public void A_member_who_answered_nothing_has_no_section()
    {
        var nothing = Member with { Accomplish = null, ConnectWith = null, Offer = null };

        Assert.Null(UnderstandingCards.Section(nothing, All(), PlaybackPlace.Summary));
    }

    [Fact]
    public void Hostile_text_from_the_member_or_a_source_is_shown_only_escaped()
    {
        var rows = All();
        rows[AnswerKind.Accomplish] = rows[AnswerKind.Accomplish] with
        {
            Plain = "**bold** <at>Ben</at> ${user.name} [click](https://evil.example)",
            Words = ["<script>alert(1)</script>", "{{DATE(2017-02-14T06:08:39Z,SHORT)}}", "# heading"],
            MemberWords = ["מילים שלי 🙂", "_under_"],
        };

        var strings = CardJson.Strings(UnderstandingCards.Playback(Member, rows)).ToList();

        Assert.Contains(strings, s => s.Contains(@"\*\*bold\*\* \<at\>Ben\</at\> $" + "\u200B{user.name} \\[click\\](https://evil.example)", StringComparison.Ordinal));
        Assert.Contains(UnderstandingStrings.YourWords(@"מילים שלי 🙂, \_under\_"), strings);
        Assert.DoesNotContain(strings, s => s.Contains("**bold**", StringComparison.Ordinal));
        Assert.DoesNotContain(strings, s => s.Contains("<at>", StringComparison.Ordinal) || s.Contains("<script>", StringComparison.Ordinal));
        Assert.DoesNotContain(strings, s => s.Contains("${", StringComparison.Ordinal) || s.Contains("{{DATE(2017", StringComparison.Ordinal));
        Assert.DoesNotContain(strings, s => s.Contains("](", StringComparison.Ordinal) && !s.Contains(@"\](", StringComparison.Ordinal));
    }

    [Fact]
    public void On_the_summary_card_the_section_follows_the_answers_and_its_buttons_say_so()
    {
        var section = UnderstandingCards.Section(Member, All(), PlaybackPlace.Summary)!;
        var summary = InterviewCards.Summary(Member, DateTimeOffset.UtcNow, [section]);

        var strings = CardJson.Strings(summary).ToList();
        Assert.True(strings.IndexOf(UnderstandingStrings.SectionTitle) > strings.IndexOf("Code reviews in Rust"));
        Assert.True(strings.IndexOf(UnderstandingStrings.SectionTitle) < strings.IndexOf(InterviewStrings.Cards.SharingTitle));
        Assert.All(
            CardJson.Objects(summary, "Action.Execute").Where(a => a.GetProperty("verb").GetString()!.StartsWith(UnderstandingVerbs.Prefix, StringComparison.Ordinal)),
            a => Assert.Equal("summary", a.GetProperty("data").GetProperty(UnderstandingVerbs.PlaceKey).GetString()));
        Assert.True(section["separator"]!.GetValue<bool>());
    }
}
