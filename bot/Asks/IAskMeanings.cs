using ConnectorBot.Matching;

namespace ConnectorBot.Asks;

/// <summary>
/// Sentence vectors for an ask, all from one model: the need embedded now (as a question), and the colleagues' stored
/// vectors. Nothing is embedded for colleagues at ask time: one without stored vectors is ranked on their words.
/// </summary>
public interface IAskMeanings
{
    Task<AskVectors> ForAsync(string tenantId, MatchProfile asker, IReadOnlyList<MatchProfile> colleagues, CancellationToken cancellationToken);
}

/// <summary>The need's vectors (null: ranked on words) and the colleagues' stored ones, keyed by member id.</summary>
public sealed record AskVectors(TextMeaning? Need, IReadOnlyDictionary<string, TextMeaning> Colleagues)
{
    public static readonly AskVectors None = new(null, new Dictionary<string, TextMeaning>());
}

/// <summary>No sentence vectors (a host without the embeddings feature): asks are ranked on words.</summary>
public sealed class NoAskMeanings : IAskMeanings
{
    public Task<AskVectors> ForAsync(string tenantId, MatchProfile asker, IReadOnlyList<MatchProfile> colleagues, CancellationToken cancellationToken) =>
        Task.FromResult(AskVectors.None);
}
