using ConnectorBot.Matching;

namespace ConnectorBot.Intros;

/// <summary>
/// Sentence embeddings of members' answers from an optional provider (Azure OpenAI), for the matcher's closeness in
/// meaning. Offline, and whenever the provider cannot serve the whole round, there are none and the matcher uses its
/// own word vectors: a round never waits on, or fails because of, the provider.
/// </summary>
public interface IMemberMeanings
{
    /// <summary>
    /// Every member's meaning, keyed by member id, or an empty map: all or nothing, so one round is never scored on two
    /// scales. Embeds <see cref="TextMeaning.AskText"/> and <see cref="TextMeaning.OfferText"/>.
    /// </summary>
    Task<IReadOnlyDictionary<string, TextMeaning>> ForAsync(string tenantId, IReadOnlyList<MatchProfile> members, CancellationToken cancellationToken);
}

/// <summary>No provider configured: the matcher's offline word vectors only.</summary>
public sealed class NoMemberMeanings : IMemberMeanings
{
    public Task<IReadOnlyDictionary<string, TextMeaning>> ForAsync(string tenantId, IReadOnlyList<MatchProfile> members, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, TextMeaning>>(new Dictionary<string, TextMeaning>());
}
