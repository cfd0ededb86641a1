using Azure;

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConnectorBot.Storage;

/// <summary>Healthy when the store answers a cheap query within a few seconds.</summary>
public sealed class StorageHealthCheck(ITableStore store, ILogger<StorageHealthCheck> logger) : IHealthCheck
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Limit);
        var data = new Dictionary<string, object> { ["endpoint"] = store.Endpoint.GetLeftPart(UriPartial.Path) };
        try
        {
            await store.CheckReachableAsync(timeout.Token);
            return HealthCheckResult.Healthy($"The store at {store.Endpoint} answers.", data);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Storage health check: no answer from {Endpoint} within {Limit}.", store.Endpoint, Limit);
            return HealthCheckResult.Unhealthy($"The store at {store.Endpoint} did not answer within {Limit.TotalSeconds:0} s.", data: data);
        }
        catch (RequestFailedException e)
        {
            logger.LogWarning(e, "Storage health check failed for {Endpoint}.", store.Endpoint);
            return HealthCheckResult.Unhealthy($"The store at {store.Endpoint} failed: {e.Status} {e.ErrorCode}.", data: data);
        }
    }
}
