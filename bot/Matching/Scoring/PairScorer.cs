namespace ConnectorBot.Matching.Scoring;

/// <summary>How well two members can help each other, in [0, 1].</summary>
public static class PairScorer
{
    /// <summary>How well b's offer, title and experience answer a's ask.</summary>
    /// <remarks>
    /// Evidence made only of shared words, with no shared concept, is discounted: one rare word in common ("organ" for
    /// a carol service and for transplant research) is the classic false friend of word overlap.
    /// </remarks>
    public static double Direction(ScoringModel model, int a, int b) => Direction(model, a, b, out _);

    /// <summary>The same, also counting the features the two share, as pieces of evidence.</summary>
    public static double Direction(ScoringModel model, int a, int b, out int shared)
    {
        shared = 0;
        if (a == b)
        {
            return 0;
        }

        var score = model.Needs[a].NoisyOr(model.Gives[b], model.IsConcept, out var sharesConcept, out shared);
        return sharesConcept ? score : score * MatchTuning.WordsOnlyFactor;
    }

    /// <summary>
    /// The lexical evidence and the closeness in meaning, blended and scaled back to [0, 1]: the lexicon knows workplace
    /// paraphrase precisely, the word vectors know general language broadly, and a pair both agree on ranks highest.
    /// </summary>
    public static double Pair(ScoringModel model, int a, int b) =>
        (Lexical(model, a, b) + (MatchTuning.MeaningWeight * Meaning(model, a, b))) / (1 + MatchTuning.MeaningWeight);

    /// <summary>How close the two members' asks and offers are in meaning, both directions combined.</summary>
    public static double Meaning(ScoringModel model, int a, int b) =>
        a == b ? 0 : Combine(model.Meaning.Direction(a, b), model.Meaning.Direction(b, a));

    /// <summary>
    /// Both directions combined, discounted when the two ask for the same thing (two people after the same scarce
    /// booth share words but cannot give it to each other) and when one shared feature is all the evidence there is.
    /// </summary>
    public static double Lexical(ScoringModel model, int a, int b)
    {
        var competition = a == b ? 1 : model.Asks[a].Dot(model.Asks[b]);
        var pair = Combine(Direction(model, a, b, out var ab), Direction(model, b, a, out var ba)) * (1 - (MatchTuning.CompetitorPenalty * competition));
        return ab + ba <= 1 ? pair * MatchTuning.SingleEvidenceFactor : pair;
    }

    /// <summary>Mutual help scores highest; strong one-way help keeps most of its weight, so it can still qualify.</summary>
    public static double Combine(double ab, double ba)
    {
        var strong = Math.Max(ab, ba);
        var harmonic = ab + ba > 0 ? 2 * ab * ba / (ab + ba) : 0;
        return (MatchTuning.OneWayShare * strong) + ((1 - MatchTuning.OneWayShare) * harmonic);
    }
}
