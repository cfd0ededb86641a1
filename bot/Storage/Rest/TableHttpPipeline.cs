using System.Net;

using Azure;

using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ConnectorBot.Storage.Rest;

/// <summary>
/// Sends one logical request: builds and signs a fresh message per attempt, retries transient failures
/// (408, 429, 5xx except 501/505, network errors, attempt time-outs) with exponential backoff and jitter,
/// and never retries a conflict (409) or a failed precondition (412).
/// </summary>
internal sealed class TableHttpPipeline
{
    private static readonly HttpClient SharedClient = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private readonly HttpClient _client;
    private readonly IRequestAuthorizer _authorizer;
    private readonly ResiliencePipeline<HttpResponseMessage> _resilience;

    public TableHttpPipeline(IRequestAuthorizer authorizer, TableClientOptions options)
    {
        _authorizer = authorizer;
        _client = options.Transport is null ? SharedClient : new HttpClient(options.Transport, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        _resilience = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(response => IsTransient(response.StatusCode)),
                MaxRetryAttempts = Math.Max(0, options.Retry.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.Retry.Delay,
                MaxDelay = options.Retry.MaxDelay,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, options.Retry.MaxDelay)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.NetworkTimeout)
            .Build();
    }

    public static bool IsTransient(HttpStatusCode status) => (int)status is 408 or 429 or 500 or 502 or 503 or 504;

    public Uri PrepareUri(Uri uri) => _authorizer.PrepareUri(uri);

    /// <summary>Sends and returns a successful response; any failure becomes a <see cref="RequestFailedException"/>.</summary>
    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> createRequest, string operation, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _resilience.ExecuteAsync(
                async ct =>
                {
                    using var request = createRequest();
                    await _authorizer.AuthorizeAsync(request, ct).ConfigureAwait(false);
                    return await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException)
        {
            throw new RequestFailedException(0, $"{operation}: the Table service could not be reached ({e.GetType().Name}: {e.Message}).", null, e);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await TableServiceError.ToExceptionAsync(response, operation, cancellationToken).ConfigureAwait(false);
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan maxDelay)
    {
        var retryAfter = response?.Headers.RetryAfter;
        var delay = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return delay is { } d && d > TimeSpan.Zero ? (d < maxDelay ? d : maxDelay) : null;
    }
}
