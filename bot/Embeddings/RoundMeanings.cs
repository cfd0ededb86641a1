using ConnectorBot.Intros;
using ConnectorBot.Matching;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Embeddings;

/// <summary>
/// A round's sentence vectors: from the configured provider, or, when it fails, from the local model (never from two
/// models in one round, never nothing because a cloud service is down). Each provider embeds at most
/// <see cref="EmbeddingsOptions.MaxPerRound"/> members itself; those over the budget are queued for the background and
/// matched on their words this round. Counts are logged, never texts.
/// </summary>
public sealed class RoundMeanings(
    MeaningProviders providers,
    MeaningRefresher refresher,
    IOptions<EmbeddingsOptions> options,
    ILogger<RoundMeanings> logger) : IMemberMeanings
{
    public async Task<IReadOnlyDictionary<string, TextMeaning>> ForAsync(string tenantId, IReadOnlyList<MatchProfile> members, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(members);
        var budget = options.Value.MaxPerRound;
        foreach (var provider in providers.InPreference)
        {
            MeaningsFound found;
            try
            {
                found = await provider.ForAsync(tenantId, members, budget, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(
                    "Sentence vectors from {Provider} failed for a round of tenant {TenantId} ({Members} members): {Error}; trying the next provider.",
                    provider.Provider,
                    tenantId,
                    members.Count,
                    MeaningRefresher.Describe(e));
                continue;
            }

            if (found.Deferred.Count > 0)
            {
                refresher.Enqueue(tenantId, found.Deferred);
            }

            logger.LogInformation(
                "Sentence vectors for a round of tenant {TenantId} from {Provider} ({Model}): {Members} members, {Stored} stored, {Embedded} embedded now, {Deferred} left to the background (Embeddings:MaxPerRound {Budget}).",
                tenantId,
                found.Provider,
                found.Model,
                members.Count,
                found.Stored,
                found.Embedded,
                found.Deferred.Count,
                budget);
            return found.Meanings;
        }

        return new Dictionary<string, TextMeaning>();
    }
}
