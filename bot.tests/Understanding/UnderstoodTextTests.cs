using ConnectorBot.Interview;
using ConnectorBot.Matching;
using ConnectorBot.Understanding;
using ConnectorBot.Understanding.Offline;

namespace ConnectorBot.Tests.Understanding;

public sealed class UnderstoodTextTests
{
    private const string Answer = "Improve our CAPA process";

    private static AnswerUnderstanding Row(string answer = Answer) => new()
    {
        TenantId = "tenant-1",
        MemberId = "member-1",
        Kind = AnswerKind.Accomplish,
        AnswerHash = AnswerUnderstanding.HashOf(answer),
        Plain = "Improve how we handle corrective and preventive actions in quality management",
        Words = ["quality management", "root cause analysis", "audits"],
        Source = "counting",
        Version = "counting-1",
    };

    [Fact]
    public void The_plain_english_comes_first_in_brackets_then_the_words()
    {
        Assert.Equal(
            "(Improve how we handle corrective and preventive actions in quality management) [quality management, root cause analysis, audits]",
            UnderstoodText.Of(Row(), Answer));
    }

    [Theory]
    [InlineData("Improve our CAPA process")]
    [InlineData("  improve   our capa PROCESS ")]
    [InlineData("Improve our CAPA process.")]
    public void Plain_english_that_only_repeats_the_answer_is_left_out(string plain)
    {
        Assert.Equal("[quality management, root cause analysis, audits]", UnderstoodText.Of(Row() with { Plain = plain }, Answer));
    }

    [Fact]
    public void The_members_words_come_first_and_each_word_is_said_once()
    {
        var row = Row() with { MemberWords = ["CAPA", "Audits", "ISO 9001"] };

        Assert.EndsWith("[CAPA, Audits, ISO 9001, quality management, root cause analysis]", UnderstoodText.Of(row, Answer), StringComparison.Ordinal);
    }

    [Fact]
    public void At_most_fifteen_words_are_read_the_members_first()
    {
        var row = Row() with
        {
            MemberWords = [.. Enumerable.Range(1, 10).Select(i => "mine " + i)],
            Words = [.. Enumerable.Range(1, 10).Select(i => "generated " + i)],
        };

        var words = UnderstoodText.WordsOf(row, withGenerated: true);

        Assert.Equal(Understood.MaxWords, words.Count);
        Assert.Equal([.. Enumerable.Range(1, 10).Select(i => "mine " + i), .. Enumerable.Range(1, 5).Select(i => "generated " + i)], words);
    }

    [Fact]
    public void Once_rejected_only_the_members_own_words_are_read()
    {
        Assert.Equal(string.Empty, UnderstoodText.Of(Row() with { Rejected = true }, Answer));
        Assert.Equal("[CAPA]", UnderstoodText.Of(Row() with { Rejected = true, MemberWords = ["CAPA"] }, Answer));
    }

    [Fact]
    public void The_offline_lexicons_reading_is_played_back_but_not_read_by_the_matcher_while_the_members_words_are()
    {
        var offline = Row() with { Source = LexiconUnderstander.SourceName, Version = "lexicon-1", Plain = Answer, Words = ["quality", "customer complaints"] };

        Assert.True(UnderstoodText.IsShown(offline, Answer));
        Assert.False(UnderstoodText.IsRead(offline, Answer));
        Assert.Equal(string.Empty, UnderstoodText.Of(offline, Answer));
        Assert.Equal("[CAPA, corrective action]", UnderstoodText.Of(offline with { MemberWords = ["CAPA", "corrective action"] }, Answer));
    }

    [Fact]
    public void An_understanding_of_an_earlier_answer_is_not_read_but_the_members_words_still_are()
    {
        var earlier = Row("Fix the supplier audits") with { MemberWords = ["CAPA"] };

        Assert.Equal("[CAPA]", UnderstoodText.Of(earlier, Answer));
        Assert.Equal(string.Empty, UnderstoodText.Of(earlier with { MemberWords = [] }, Answer));
    }

    [Fact]
    public void Nothing_is_read_without_an_understanding_or_an_answer()
    {
        Assert.Equal(string.Empty, UnderstoodText.Of(null, Answer));
        Assert.Equal(string.Empty, UnderstoodText.Of(Row(), null));
        Assert.Equal(string.Empty, UnderstoodText.Of(Row() with { Plain = Answer, Words = [] }, Answer));
    }

    [Fact]
    public void A_profiles_answers_are_each_read_with_their_own_understanding()
    {
        var profile = new Profile { TenantId = "tenant-1", MemberId = "member-1", Accomplish = Answer, ConnectWith = "a QA lead", Offer = null, OfferSkipped = true };
        var rows = new Dictionary<AnswerKind, AnswerUnderstanding>
        {
            [AnswerKind.Accomplish] = Row(),
            [AnswerKind.ConnectWith] = Row("a QA lead") with { Kind = AnswerKind.ConnectWith, Plain = "A quality assurance lead", Words = ["quality assurance"] },
            [AnswerKind.Offer] = Row("Kotlin") with { Kind = AnswerKind.Offer, MemberWords = ["android"] },
        };

        var understood = UnderstoodText.For(profile, rows);

        Assert.Equal(UnderstoodText.Of(rows[AnswerKind.Accomplish], Answer), understood.Accomplish);
        Assert.Equal("(A quality assurance lead) [quality assurance]", understood.ConnectWith);
        Assert.Equal(string.Empty, understood.Offer);
        Assert.Equal(string.Empty, understood.Title);
        Assert.Same(UnderstoodAnswers.None, UnderstoodText.For(profile, new Dictionary<AnswerKind, AnswerUnderstanding>()));
    }
}
