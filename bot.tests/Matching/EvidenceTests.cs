using ConnectorBot.Matching;
using ConnectorBot.Matching.Scoring;

namespace ConnectorBot.Tests.Matching;

/// <summary>A pair that rests on one shared feature is weaker evidence than a pair whose features corroborate each other.</summary>
public class EvidenceTests
{
    private static MatchProfile[] WithBackground(params MatchProfile[] pair) =>
        [.. pair, Members.Stranger, Members.Of("x1", "a mentor who founded a startup", "I play the ukulele"), Members.Of("x2", "someone at a private equity fund", "I speak Danish")];

    private static (double Pair, double Undiscounted, int Shared) Score(MatchProfile asker, MatchProfile giver)
    {
        var model = ScoringModel.Build(WithBackground(asker, giver));
        var ab = PairScorer.Direction(model, 0, 1, out var sharedAb);
        var ba = PairScorer.Direction(model, 1, 0, out var sharedBa);
        return (PairScorer.Lexical(model, 0, 1), PairScorer.Combine(ab, ba), sharedAb + sharedBa);
    }

    [Fact]
    public void One_shared_feature_alone_is_discounted()
    {
        // Onboarding and induction meet through one concept, with no word in common and nothing the other way.
        (var pair, var undiscounted, var shared) = Score(
            Members.Of("a", "someone who can fix our onboarding", "I can proofread reports"),
            Members.Of("b", "a mentor for public speaking", "I redesigned the induction"));

        Assert.Equal(1, shared);
        Assert.Equal(undiscounted * MatchTuning.SingleEvidenceFactor, pair, 6);
    }

    [Fact]
    public void Corroborated_evidence_keeps_its_full_score()
    {
        (var pair, var undiscounted, var shared) = Score(Members.WifiNeedsChecks, Members.ChecksNeedsWifi);

        Assert.True(shared >= 2, $"{shared} shared features");
        Assert.Equal(undiscounted, pair, 6);
    }

    [Theory]
    [InlineData("someone with a second opinion on my rough draft", "w:second")]
    [InlineData("a direct line to twenty suppliers", "w:twenty")]
    public void Number_words_and_vague_modifiers_are_no_evidence(string ask, string feature)
    {
        // Like digits, "second" or "twenty" say how much, not what about: "second-year students" and "a second reviewer".
        var features = FeatureExtractor.Extract(Members.Of("a", ask, "I speak Danish"));
        Assert.DoesNotContain(features, f => f.Key == feature);
    }
}
