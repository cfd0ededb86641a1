using ConnectorBot.Asks;
using ConnectorBot.Matching;

namespace ConnectorBot.Embeddings;

/// <summary>
/// An ask's vectors from the first provider that can give them (the configured one, else the local model): the need
/// embedded now, the colleagues' stored vectors of that same model, none embedded for them now (an ask must answer in a
/// second or two; the background refresher keeps members' vectors current). Counts are logged, never the need.
/// </summary>
public sealed class AskMeanings(MeaningProviders providers, ILogger<AskMeanings> logger) : IAskMeanings
{
    public async Task<AskVectors> ForAsync(string tenantId, MatchProfile asker, IReadOnlyList<MatchProfile> colleagues, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        ArgumentNullException.ThrowIfNull(colleagues);
        foreach (var provider in providers.InPreference)
        {
            try
            {
                var need = await provider.EmbedNowAsync(asker, cancellationToken);
                var stored = await provider.ForAsync(tenantId, colleagues, budget: 0, cancellationToken);
                if (need is not null && stored.Meanings.Values.FirstOrDefault() is { } any && any.Ask.Length != need.Ask.Length)
                {
                    // Stored under the same model id with another length: not comparable.
                    return new AskVectors(null, stored.Meanings);
                }

                logger.LogDebug("Ask vectors from {Provider} for tenant {TenantId}: {Stored} of {Colleagues} colleagues stored.", provider.Provider, tenantId, stored.Meanings.Count, colleagues.Count);
                return new AskVectors(need, stored.Meanings);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("Ask vectors from {Provider} failed for tenant {TenantId}: {Error}; trying the next provider.", provider.Provider, tenantId, MeaningRefresher.Describe(e));
            }
        }

        return AskVectors.None;
    }
}
