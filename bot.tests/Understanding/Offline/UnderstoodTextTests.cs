using ConnectorBot.Matching;
using ConnectorBot.Understanding;

namespace ConnectorBot.Tests.Understanding.Offline;

/// <summary>How an understanding is read after the member's words by the sentence models.</summary>
public sealed class UnderstoodTextTests
{
    [Fact]
    public void Plain_english_that_repeats_the_answer_is_not_said_twice()
    {
        Assert.Equal("[bees, honey]", UnderstoodText.Of("Put beehives on the roof.", "put beehives  on the roof", ["bees", "honey"]));
    }

    [Fact]
    public void A_translation_is_said_in_brackets_before_the_words()
    {
        Assert.Equal("(I want to sell more in Mexico) [sales, Mexico]", UnderstoodText.Of("Quiero vender más en México", "I want to sell more in Mexico", ["sales", "Mexico"]));
    }

    [Fact]
    public void Words_are_trimmed_deduplicated_whatever_their_case_and_bounded()
    {
        var words = new[] { " sales ", "Sales", "" }.Concat(Enumerable.Range(0, 30).Select(i => $"word{i}"));

        var text = UnderstoodText.Of("answer", "answer", words);

        Assert.StartsWith("[sales, word0, ", text, StringComparison.Ordinal);
        Assert.Equal(Understood.MaxWords, text.Split(", ").Length);
    }

    [Fact]
    public void Nothing_understood_is_no_text()
    {
        Assert.Equal(string.Empty, UnderstoodText.Of("answer", "answer", []));
    }

    [Fact]
    public void The_sentence_texts_read_the_understanding_after_the_members_words_and_only_with_them()
    {
        var profile = new MatchProfile("m1", "Ada", string.Empty, "Grounds Supervisor", "Put beehives on the roof.", "a beekeeper", string.Empty)
        {
            Understood = new UnderstoodAnswers(Accomplish: "[bees, honey]", ConnectWith: "[apiarist]", Offer: "[lending tools]", Title: "— looks after gardens"),
        };

        Assert.Equal("Looking for: a beekeeper [apiarist]. Goal: Put beehives on the roof. [bees, honey].", TextMeaning.AskText(profile));
        Assert.Equal("Grounds Supervisor — looks after gardens.", TextMeaning.OfferText(profile));
        Assert.Equal("Put beehives on the roof. [bees, honey].", TextMeaning.GoalText(profile));
    }
}
