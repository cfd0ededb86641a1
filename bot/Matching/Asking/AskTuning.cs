namespace ConnectorBot.Matching.Asking;

/// <summary>
/// The weights of "who can help with this ask", in one place. A record rather than constants so the bench can measure
/// variants side by side; the defaults are the ones chosen (on the dev sets only), each saying why.
/// </summary>
internal sealed record AskTuning
{
    public static AskTuning Default { get; } = new();

    /// <summary>
    /// How much the helper's own goal counts next to their offer and title (someone piloting an app can test yours):
    /// the direction is the stronger of the two, the goal's at this share. Measured on the dev sets: 0 lost asks the
    /// goal answers, 1 answered needs nobody meets with people chasing the same goal; 0.6 kept most of both.
    /// </summary>
    public double GoalWeight { get; init; } = 0.6;

    /// <summary>
    /// The share of the helper's own background (their offer's cosines with everyone's asks) in the calibration; the
    /// rest is the ask's background (its cosines with everyone's offers). An offer close to every ask stops winning.
    /// Measured on the dev sets: the helper's background tells more than the ask's (top-3 0.846 → 0.847 and needs
    /// nobody meets answered 99 → 91 of 117 going from half to three quarters).
    /// </summary>
    public double ColumnShare { get; init; } = 0.75;

    /// <summary>
    /// Below this (standard deviations above the backgrounds) a colleague is not clearly able to help: not named. The
    /// round's bar; 2.25 answered fewer needs nobody meets (80 → 73 of 117) but missed more true helpers (0.835 → 0.815).
    /// </summary>
    public double Threshold { get; init; } = MatchTuning.SentenceThreshold;

    /// <summary>A words-only score this confident counts on the sentence scale too (the round's rule: the lexicon speaks only when sure).</summary>
    public double ConfidentWords { get; init; } = MatchTuning.ConfidentWordsScore;

    /// <summary>The words-only score that maps onto <see cref="Threshold"/> for members without vectors (the round's words-only bar).</summary>
    public double WordsBar { get; init; } = MatchTuning.DefaultThreshold;
}
