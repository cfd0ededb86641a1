using ConnectorBot.Matching;

namespace ConnectorBot.Intros;

/// <summary>
/// Members' sentence vectors for the matcher's closeness in meaning: the stored ones, and those embedded now within the
/// round's budget. A round never fails because of them, and never waits longer than that budget.
/// </summary>
public interface IMemberMeanings
{
    /// <summary>
    /// The meanings of those of <paramref name="members"/> that have one, keyed by member id, all from one model (vectors
    /// of two models are never compared). A member left out is matched on their words, never dropped.
    /// </summary>
    Task<IReadOnlyDictionary<string, TextMeaning>> ForAsync(string tenantId, IReadOnlyList<MatchProfile> members, CancellationToken cancellationToken);
}

/// <summary>No sentence vectors (a host without the embeddings feature): the matcher scores every member on their words.</summary>
public sealed class NoMemberMeanings : IMemberMeanings
{
    public Task<IReadOnlyDictionary<string, TextMeaning>> ForAsync(string tenantId, IReadOnlyList<MatchProfile> members, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, TextMeaning>>(new Dictionary<string, TextMeaning>());
}
