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
        ScoringModel model = ScoringModel.Build(WithBackground(asker, giver));
        double ab = PairScorer.Direction(model, 0, 1, out int sharedAb);
        double ba = PairScorer.Direction(model, 1, 0, out int sharedBa);
        return (PairScorer.Lexical(model, 0, 1), PairScorer.Combine(ab, ba), sharedAb + sharedBa);
    }

    [Fact]
    public void OneSharedFeatureAloneIsDiscounted()
    {
        // Onboarding and induction meet through one concept, with no word in common and nothing the other way.
        (double pair, double undiscounted, int shared) = Score(
            Members.Of("a", "someone who can fix our onboarding", "I can proofread reports"),
            Members.Of("b", "a mentor for public speaking", "I redesigned the induction"));

        Assert.Equal(1, shared);
        Assert.Equal(undiscounted * MatchTuning.SingleEvidenceFactor, pair, 6);
    }

    [Fact]
    public void CorroboratedEvidenceKeepsItsFullScore()
    {
        (double pair, double undiscounted, int shared) = Score(Members.WifiNeedsChecks, Members.ChecksNeedsWifi);

        Assert.True(shared >= 2, $"{shared} shared features");
        Assert.Equal(undiscounted, pair, 6);
    }

    [Theory]
    [InlineData("someone with a second opinion on my rough draft", "w:second")]
    [InlineData("a direct line to twenty suppliers", "w:twenty")]
    public void NumberWordsAndVagueModifiersAreNoEvidence(string ask, string feature)
    {
        // Like digits, "second" or "twenty" say how much, not what about: "second-year students" and "a second reviewer".
        List<FeatureOccurrence> features = FeatureExtractor.Extract(Members.Of("a", ask, "I speak Danish"));
        Assert.DoesNotContain(features, f => f.Key == feature);
    }
}
