namespace ConnectorBot.Matching;

/// <summary>
/// A member's answers as sentence embeddings: what they ask for, what they can give, and their own goal (a helper is
/// sometimes found through what they are working on themselves). Each vector is <see cref="Parts"/> equal-length
/// segments, one per sentence model, each L2-normalised on its own, so the matcher can calibrate every model apart.
/// </summary>
/// <param name="Ask">The embedding of <see cref="AskText"/>.</param>
/// <param name="Offer">The embedding of <see cref="OfferText"/>.</param>
/// <param name="Goal">The embedding of <see cref="GoalText"/>.</param>
public sealed record TextMeaning(float[] Ask, float[] Offer, float[] Goal)
{
    /// <summary>How many models' segments each vector holds (1 for a single model or a cloud provider).</summary>
    public int Parts { get; init; } = 1;

    /// <summary>Which model (and version of these texts) made the vectors; vectors of two models are never compared.</summary>
    public string Model { get; init; } = string.Empty;

    /// <summary>
    /// The vectors a round reads: the goal's are left out (rounds score asks against offers; the goal is read by "ask
    /// now" and the digest), which is a third of the vectors' memory in a round of 100k members.
    /// </summary>
    public TextMeaning ForRound() => Goal.Length == 0 ? this : this with { Goal = [] };

    /// <summary>Who the member wants to meet, then what for (the order and labels measured best for small sentence models).</summary>
    public static string AskText(MatchProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Join(("Looking for: ", With(profile.ConnectWith, profile.Understood.ConnectWith)), ("Goal: ", With(profile.Accomplish, profile.Understood.Accomplish)));
    }

    /// <summary>What the member does and can give: their title, then their offer.</summary>
    public static string OfferText(MatchProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Join((string.Empty, With(profile.Title, profile.Understood.Title)), (string.Empty, With(profile.Offer, profile.Understood.Offer)));
    }

    /// <summary>The member's own goal, as evidence of what they know (someone piloting an app can test yours).</summary>
    public static string GoalText(MatchProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Join((string.Empty, With(profile.Accomplish, profile.Understood.Accomplish)));
    }

    /// <summary>The member's words, then how they were understood (as an enriched profile file writes them); no words, no text.</summary>
    private static string With(string words, string understood) =>
        string.IsNullOrWhiteSpace(words) || string.IsNullOrWhiteSpace(understood) ? words : words.Trim() + " " + understood.Trim();

    private static string Join(params (string Label, string? Text)[] parts) =>
        string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p.Text)).Select(p => p.Label + Sentence(p.Text!.Trim())));

    private static string Sentence(string text) => text.EndsWith('.') || text.EndsWith('!') || text.EndsWith('?') ? text : text + ".";
}
