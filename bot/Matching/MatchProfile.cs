namespace ConnectorBot.Matching;

/// <summary>What the matcher knows about one member: who they are, what they want and what they can give.</summary>
/// <remarks>Named apart from the interview's Profile so the two can evolve independently.</remarks>
public sealed record MatchProfile(
    string Id,
    string Name,
    string Department,
    string Title,
    string Accomplish,
    string ConnectWith,
    string Offer)
{
    /// <summary>Sentence embeddings of the ask and offer, when a provider is configured; null offline.</summary>
    public TextMeaning? Meaning { get; init; }

    /// <summary>How the answers were understood (plain English, related words), read with them by the sentence models.</summary>
    public UnderstoodAnswers Understood { get; init; } = UnderstoodAnswers.None;
}
