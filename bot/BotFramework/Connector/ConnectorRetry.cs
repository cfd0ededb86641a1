using Polly;
using Polly.Retry;

namespace ConnectorBot.BotFramework.Connector;

/// <summary>
/// Retries only what Teams documents as transient (412, 429, 502, 503, 504) and network failures, with
/// exponential backoff and jitter, or exactly the service's Retry-After when it sends one. A turn's calls get a
/// shorter budget than background work's (<see cref="ConnectorPatience"/>).
/// </summary>
public static class ConnectorRetry
{
    private static readonly HashSet<int> TransientStatuses = [412, 429, 502, 503, 504];

    public static bool IsTransient(int status) => TransientStatuses.Contains(status);

    public static ResiliencePipeline<HttpResponseMessage> Build(ConnectorOptions options, ConnectorPatience patience, TimeProvider clock, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock };
        var (retries, longestWait, maxDelay) = patience == ConnectorPatience.Turn
            ? (options.TurnMaxRetries, options.TurnMaxRetryDelay, options.TurnMaxRetryDelay)
            : (options.MaxRetries, options.MaxRetryAfter, options.RetryMaxDelay);
        if (retries < 1)
        {
            return builder.Build();
        }

        return builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = retries,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, longestWait, clock)),
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                RetryAfter.Of(args.Outcome.Result, clock.GetUtcNow()) ?? Backoff(args.AttemptNumber, options.RetryBaseDelay, maxDelay)),
            OnRetry = args =>
            {
                logger.LogWarning(
                    "Connector call failed ({Failure}); retry {Attempt} in {Delay}.",
                    args.Outcome.Result is { } r ? ((int)r.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : args.Outcome.Exception?.GetType().Name,
                    args.AttemptNumber + 1,
                    args.RetryDelay);

                // The failed response is not returned to anyone: release its connection.
                args.Outcome.Result?.Dispose();
                return default;
            },
        }).Build();
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan longestWait, TimeProvider clock)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutException;
        }

        var response = outcome.Result!;
        if (!IsTransient((int)response.StatusCode))
        {
            return false;
        }

        // A very long Retry-After is better handled by the caller rescheduling than by holding a turn.
        return RetryAfter.Of(response, clock.GetUtcNow()) is not { } wait || wait <= longestWait;
    }

    /// <summary>Base × 2^attempt, capped, then jittered to 50–100 % so retrying callers spread out.</summary>
    private static TimeSpan Backoff(int attempt, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (Random.Shared.NextDouble() / 2)));
    }
}
