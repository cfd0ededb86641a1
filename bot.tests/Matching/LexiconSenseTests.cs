using ConnectorBot.Matching;
using ConnectorBot.Matching.Lexicon;
using ConnectorBot.Matching.Scoring;
using ConnectorBot.Matching.Text;

namespace ConnectorBot.Tests.Matching;

/// <summary>Paraphrases across industries meet through the lexicon; a shared word in another sense does not.</summary>
public class LexiconSenseTests
{
    private static MatchProfile[] WithBackground(params MatchProfile[] pair) =>
        [.. pair, Members.Stranger, Members.Of("x1", "a mentor who founded a startup", "I play the ukulele"), Members.Of("x2", "someone at a private equity fund", "I speak Danish")];

    private static double Direction(MatchProfile asker, MatchProfile giver)
    {
        var model = ScoringModel.Build(WithBackground(asker, giver));
        return PairScorer.Direction(model, 0, 1);
    }

    private static HashSet<string> Concepts(string text) => [.. ConceptLexicon.Default.Match(Tokenizer.Tokenize(text)).Select(h => h.Concept)];

    [Theory]
    [InlineData("RTLS", "location tracking tags")]
    [InlineData("OEE", "line efficiency")]
    [InlineData("AML", "financial crime")]
    [InlineData("RFP", "invitation to tender")]
    [InlineData("post-mortem", "lessons learned")]
    [InlineData("SMED", "quick changeover")]
    [InlineData("FHIR", "interoperability")]
    [InlineData("CPQ", "deal desk")]
    [InlineData("EPOS", "point of sale")]
    [InlineData("e-discovery", "disclosure exercise")]
    [InlineData("PPA", "power purchase agreement")]
    public void Jargon_and_plain_words_share_a_concept(string jargon, string plain) =>
        Assert.NotEmpty(Concepts(jargon).Intersect(Concepts(plain)));

    [Theory]
    [InlineData("someone who has set up support tickets triage", "I have a spare ticket to the conference")]
    [InlineData("someone who understands what going public means for staff", "I wrote the publication guidelines for our API docs")]
    [InlineData("someone who has run evening clinics", "Organizo eventos y événements pour toute l'équipe")]
    public void A_word_in_another_sense_is_no_match(string ask, string offer)
    {
        var score = Direction(Members.Of("a", ask, "I play five-a-side"), Members.Of("b", "someone who knows Spanish", offer));
        Assert.True(score < MatchTuning.DefaultThreshold, $"score {score:0.000}");
    }

    [Theory]
    [InlineData("Trabalhei com pagamentos em Lisboa", "w:com")]
    [InlineData("Coordino a los intérpretes del hospital", "w:del")]
    [InlineData("Ich habe die Schulungen für das Team organisiert", "w:fur")]
    public void Function_words_of_other_languages_are_no_evidence(string offer, string feature)
    {
        // Portuguese "com" (with) would otherwise meet "comms", Spanish "del" a laptop brand, German "für" anything "fur".
        var features = FeatureExtractor.Extract(Members.Of("b", "someone who knows Spanish", offer));
        Assert.DoesNotContain(features, f => f.Key == feature);
    }
}
