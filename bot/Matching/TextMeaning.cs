namespace ConnectorBot.Matching;

/// <summary>
/// A member's ask and offer as sentence embeddings from an optional provider (see Intros.IMemberMeanings). When every
/// member of a round has one, the matcher's closeness in meaning uses them instead of its offline word vectors.
/// </summary>
public sealed record TextMeaning(float[] Ask, float[] Offer)
{
    /// <summary>The text whose embedding is <see cref="Ask"/>: who the member wants to meet, then what for.</summary>
    public static string AskText(MatchProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Join(profile.ConnectWith, profile.Accomplish);
    }

    /// <summary>The text whose embedding is <see cref="Offer"/>: what the member does, can give, and is working on.</summary>
    public static string OfferText(MatchProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Join(profile.Title, profile.Offer, profile.Accomplish);
    }

    private static string Join(params string?[] parts) => string.Join('\n', parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
}
