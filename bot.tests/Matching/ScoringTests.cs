using ConnectorBot.Matching;
using ConnectorBot.Matching.Scoring;

namespace ConnectorBot.Tests.Matching;

public class ScoringTests
{
    private static double Pair(params MatchProfile[] profiles)
    {
        var model = ScoringModel.Build(profiles);
        return PairScorer.Pair(model, 0, 1);
    }

    private static MatchProfile[] WithBackground(params MatchProfile[] pair) =>
        [.. pair, Members.Stranger, Members.Of("x1", "a mentor who founded a startup", "I play the ukulele"), Members.Of("x2", "someone at a private equity fund", "I speak Danish")];

    [Fact]
    public void Mutual_help_outscores_one_way_which_outscores_none()
    {
        var mutual = Pair(WithBackground(Members.WifiNeedsChecks, Members.ChecksNeedsWifi));
        var oneWay = Pair(WithBackground(Members.NeedsHiring, Members.Recruiter));
        var none = Pair(WithBackground(Members.Recruiter, Members.Stranger));

        Assert.True(mutual > oneWay, $"mutual {mutual} should beat one-way {oneWay}");
        Assert.True(oneWay > none, $"one-way {oneWay} should beat none {none}");
        // Nothing in common in words or concepts; their texts are only vaguely alike in meaning, far below an intro.
        Assert.True(none < MatchTuning.DefaultThreshold / 2, $"none {none}");
    }

    [Fact]
    public void Paraphrase_beats_two_people_wanting_the_same_scarce_thing()
    {
        var wantsBooth = Members.Of("a", "someone who can get us a booth at the trade show", "I speak Danish", accomplish: "Get a stand at the food trade show");
        var alsoWantsBooth = Members.Of("b", "anyone who knows the trade show organisers and can get us a stand", "I have a pressure washer", accomplish: "Get a booth at the food trade show");
        var needsSecurity = Members.Of("c", "someone who has taken a SaaS product through SOC 2", "I write release notes");
        var ranAudit = Members.Of("d", "a mentor for public speaking", "I ran our security compliance audit last year");
        var model = ScoringModel.Build([wantsBooth, alsoWantsBooth, needsSecurity, ranAudit, Members.Stranger]);

        var paraphrase = PairScorer.Pair(model, 2, 3);
        var trap = PairScorer.Pair(model, 0, 1);

        Assert.True(paraphrase > trap, $"paraphrase {paraphrase} should beat same-want overlap {trap}");
    }

    [Theory]
    [InlineData("someone who has moved us onto a new ERP", "I led our SAP rollout")]
    [InlineData("a recruiter who can help me hire faster", "I lead talent acquisition")]
    [InlineData("someone who fixed wifi dead spots", "I plan wireless networks")]
    [InlineData("a person who understands budgets", "I run forecasting for the division")]
    [InlineData("someone who has handled a recruitmnet drive", "I do hiring for the stores")]
    [InlineData("someone who knows how card payments work", "Gestiono los pagos con tarjeta desde hace años")]
    [InlineData("someone who has run health and safety training", "Ich leite die Schulungen zum Arbeitsschutz")]
    [InlineData("a translator for our customer letters", "Je fais de la traduction depuis dix ans")]
    public void Lexicon_bridges_different_words_for_the_same_thing(string need, string offer)
    {
        var asker = Members.Of("a", need, "I play the ukulele");
        var giver = Members.Of("b", "someone who conducts a choir", offer);
        var model = ScoringModel.Build([asker, giver, Members.Stranger]);

        Assert.True(PairScorer.Direction(model, 0, 1) > 0.2, $"'{need}' should be answered by '{offer}'");
    }

    [Fact]
    public void Accents_case_emoji_and_punctuation_do_not_matter()
    {
        var plain = Members.Of("a", "someone who speaks Francais", "x");
        var fancy = Members.Of("b", "nobody", "Je parle FRANÇAIS 😅!!");
        var model = ScoringModel.Build([plain, fancy, Members.Stranger]);

        Assert.True(PairScorer.Direction(model, 0, 1) > 0.2);
    }
}
