using ConnectorBot.Matching.Meaning;

namespace ConnectorBot.Matching.Scoring;

/// <summary>
/// The round's one scale for "how good an intro is": calibrated sentence similarity when members have embeddings, the
/// lexical and word-vector score otherwise. A pair where one member has no embeddings is scored lexically and put on the
/// sentence scale (its threshold maps onto the sentence threshold), so nobody is dropped for lacking vectors.
/// </summary>
internal sealed class RoundScore
{
    private readonly double _lexicalThreshold;

    private RoundScore(ScoringModel lexical, SentenceSpace? sentences, double lexicalThreshold)
    {
        Lexical = lexical;
        Sentences = sentences;
        _lexicalThreshold = lexicalThreshold;
    }

    public ScoringModel Lexical { get; }

    public SentenceSpace? Sentences { get; }

    /// <summary>The bar a pair must reach to be introduced, on this round's scale.</summary>
    public double Threshold => Sentences is null ? _lexicalThreshold : MatchTuning.SentenceThreshold;

    /// <summary>The assignment's exponent on this round's scale.</summary>
    public double AssignmentPower => Sentences is null ? MatchTuning.AssignmentPower : MatchTuning.SentenceAssignmentPower;

    public static RoundScore Build(IReadOnlyList<MatchProfile> members, RoundOptions options) =>
        new(ScoringModel.Build(members), SentenceSpace.Build(members), options.Threshold);

    public double Pair(int a, int b) =>
        Sentences is { } s && s.Has(a) && s.Has(b) ? s.Pair(a, b) : OnScale(PairScorer.Pair(Lexical, a, b));

    public double Direction(int a, int b) =>
        Sentences is { } s && s.Has(a) && s.Has(b) ? s.Direction(a, b) : OnScale(PairScorer.Direction(Lexical, a, b));

    /// <summary>A pair's score in [0, 1] for people to read: on a sentence round the threshold reads as 0.5.</summary>
    public double Shown(double pair) =>
        Sentences is null ? pair : Math.Max(0, pair) / (Math.Max(0, pair) + MatchTuning.SentenceThreshold);

    private double OnScale(double lexical) =>
        Sentences is null || _lexicalThreshold <= 0 ? lexical : lexical / _lexicalThreshold * MatchTuning.SentenceThreshold;
}
