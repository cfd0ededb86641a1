using ConnectorBot.Matching.Meaning;

namespace ConnectorBot.Matching.Scoring;

/// <summary>
/// The round's one scale for "how good an intro is": calibrated sentence similarity when members have embeddings, the
/// lexical and word-vector score otherwise. A pair where one member has no embeddings is scored lexically and put on the
/// sentence scale (its threshold maps onto the sentence threshold), so nobody is dropped for lacking vectors.
/// </summary>
public sealed class RoundScore
{
    private readonly double _lexicalThreshold;

    // Set on sentence rounds by the candidate graph: each member's lexical shortlist, the only pairs whose words are consulted.
    private int[][]? _wordsFor;

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

    /// <summary>
    /// Consult the words of a pair of embedded members only when one of them has the other on their lexical shortlist: a
    /// confident words-only score needs shared features, which is what put them there, and the words of every other
    /// candidate pair would cost a round of 100k members seconds.
    /// </summary>
    public void ConsultWordsOnlyFor(int[][] lexicalShortlists) => _wordsFor = lexicalShortlists;

    /// <summary>
    /// The pair's score. Where both have vectors, a words-only score that is confident on its own (the lexicon's jargon
    /// and paraphrase, at <see cref="MatchTuning.ConfidentWordsScore"/> or more) also counts: whichever is stronger.
    /// </summary>
    public double Pair(int a, int b)
    {
        if (Sentences is { } s && s.Has(a) && s.Has(b))
        {
            if (_wordsFor is { } lists && !lists[a].Contains(b) && !lists[b].Contains(a))
            {
                return s.Pair(a, b);
            }

            var words = PairScorer.Pair(Lexical, a, b);
            var meaning = s.Pair(a, b);
            return words >= MatchTuning.ConfidentWordsScore ? Math.Max(meaning, words / MatchTuning.ConfidentWordsScore * MatchTuning.SentenceThreshold) : meaning;
        }

        return OnScale(PairScorer.Pair(Lexical, a, b));
    }

    public double Direction(int a, int b) =>
        Sentences is { } s && s.Has(a) && s.Has(b) ? s.Direction(a, b) : OnScale(PairScorer.Direction(Lexical, a, b));

    /// <summary>A pair's score in [0, 1] for people to read: on a sentence round the threshold reads as 0.5.</summary>
    public double Shown(double pair) =>
        Sentences is null ? pair : Math.Max(0, pair) / (Math.Max(0, pair) + MatchTuning.SentenceThreshold);

    private double OnScale(double lexical) =>
        Sentences is null || _lexicalThreshold <= 0 ? lexical : lexical / _lexicalThreshold * MatchTuning.SentenceThreshold;
}
