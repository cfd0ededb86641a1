using ConnectorBot.Tests.Embeddings;
using ConnectorBot.Understanding;
using ConnectorBot.Understanding.Offline;

namespace ConnectorBot.Tests.Understanding.Offline;

/// <summary>The offline understanding: the lexicon's everyday words for what an answer names, with the real local model for "by meaning".</summary>
public sealed class LexiconUnderstanderTests
{
    private static readonly LexiconUnderstander WordsOnly = new(null);

    [Fact]
    public async Task Jargon_is_said_in_the_words_of_its_concept_without_repeating_the_answer()
    {
        var understood = await WordsOnly.UnderstandAsync(new AnswerToUnderstand(AnswerKind.ConnectWith, "someone who has run a CAPA process"), CancellationToken.None);

        Assert.Contains("corrective action", understood.Words);
        Assert.DoesNotContain(understood.Words, w => w.Equals("capa", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("corrective actions", understood.Words); // the same words as "corrective action"
        Assert.Equal("someone who has run a CAPA process", understood.Plain);
        Assert.Equal("lexicon", understood.Source);
    }

    [Fact]
    public async Task Another_language_meets_the_english_concept_through_the_multilingual_entries()
    {
        var understood = await WordsOnly.UnderstandAsync(new AnswerToUnderstand(AnswerKind.Accomplish, "Quiero aumentar las ventas en México"), CancellationToken.None);

        Assert.Contains("sales", understood.Words);
    }

    [Fact]
    public async Task An_answer_naming_nothing_known_gets_no_words_offline_without_the_model()
    {
        var understood = await WordsOnly.UnderstandAsync(new AnswerToUnderstand(AnswerKind.Offer, "zzz qqq"), CancellationToken.None);

        Assert.Empty(understood.Words);
    }

    [Fact]
    public async Task Words_are_bounded()
    {
        var answer = "sales, marketing, finance, payroll, recruiting, coaching, mentoring, budgeting, pricing, tax, audit, treasury, events, packaging, logistics, procurement";

        var understood = await WordsOnly.UnderstandAsync(new AnswerToUnderstand(AnswerKind.Offer, answer), CancellationToken.None);

        Assert.InRange(understood.Words.Count, 1, Understood.MaxWords);
    }

    [Fact]
    public async Task An_answer_that_names_no_concept_is_understood_by_its_nearest_concept_in_meaning()
    {
        var model = SharedLocalModel.Embeddings;
        var understander = new LexiconUnderstander(new ConceptMeanings(model, model.Parts));

        // No lexicon phrase here, but the closest concept in meaning is the keeping of bees.
        var understood = await understander.UnderstandAsync(new AnswerToUnderstand(AnswerKind.ConnectWith, "an apiarist, or anyone who has looked after hives at work"), CancellationToken.None);

        Assert.Contains(understood.Words, w => w.Contains("beekeep", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("lexicon-1+meaning-1", understood.Version);
    }
}
