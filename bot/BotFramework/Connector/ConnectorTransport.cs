using System.Net.Http.Headers;
using System.Text.Json;

using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Telemetry;

using Polly;

namespace ConnectorBot.BotFramework.Connector;

/// <summary>
/// Sends connector calls: conversation turn and rate limits, bearer token, per-attempt timeout, retries,
/// and the mapping of failures to <see cref="ConnectorException"/>. Background calls wait for a permit; a call made
/// in a turn never waits on the limiter: refused now, it fails as throttled with the wait, and the caller queues it.
/// </summary>
public sealed class ConnectorTransport
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly IBotTokenProvider _tokens;
    private readonly ConnectorOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;
    private readonly ResiliencePipeline<HttpResponseMessage> _turnRetry;
    private readonly ConversationLanes _writes;
    private readonly ConversationLanes _reads;
    private readonly TenantGates _tenants;

    public ConnectorTransport(HttpClient http, IBotTokenProvider tokens, ConnectorOptions options, TimeProvider clock, ILogger logger)
    {
        _http = http;
        _tokens = tokens;
        _options = options;
        _clock = clock;
        _logger = logger;
        _retry = ConnectorRetry.Build(options, ConnectorPatience.Background, clock, logger);
        _turnRetry = ConnectorRetry.Build(options, ConnectorPatience.Turn, clock, logger);
        _writes = new ConversationLanes(TeamsRateLimits.Inside(TeamsRateLimits.Writes), clock);
        _reads = new ConversationLanes(TeamsRateLimits.Inside(TeamsRateLimits.Reads), clock);
        _tenants = new TenantGates(TeamsRateLimits.Inside(TeamsRateLimits.Tenant(options.TenantRequestsPerSecond)), clock);
    }

    public ConversationLanes WriteLanes => _writes;

    public async Task<T?> SendAsync<T>(ConnectorCall call, CancellationToken cancellationToken)
    {
        using var measured = ConnectorTelemetry.Start(call);
        using var response = await SendCoreAsync(call, cancellationToken);
        measured.Answered(response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw Failure(call, response, body);
        }

        _logger.LogDebug("Connector {Operation} {Method} {Path}: {Status}.", call.Operation, call.Method, call.Path, (int)response.StatusCode);
        if (string.IsNullOrWhiteSpace(body))
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(body, BotJson.Options);
        }
        catch (JsonException e)
        {
            throw new ConnectorException(ConnectorOutcome.Failed, $"{call.Operation}: the connector answered unreadable JSON.", response.StatusCode, innerException: e);
        }
    }

    private async Task<HttpResponseMessage> SendCoreAsync(ConnectorCall call, CancellationToken cancellationToken)
    {
        var uri = new Uri(call.ServiceUrl, call.Path);

        // Refuse before queueing: a token must never travel in clear text to another machine.
        if (await GetTokenAsync(call, cancellationToken) is not null && !ServiceUrl.MayCarryCredentials(uri))
        {
            throw new ConnectorException(
                ConnectorOutcome.InsecureServiceUrl,
                $"{call.Operation}: refusing to send a token to {uri.GetLeftPart(UriPartial.Authority)} over plain http.");
        }

        var body = call.Body is null ? null : JsonSerializer.SerializeToUtf8Bytes(call.Body, call.Body.GetType(), BotJson.Options);
        using var lease = _options.RateLimiting ? await EnterAsync(call, cancellationToken) : null;
        var tenant = lease is null ? null : _tenants.For(call.TenantId);
        try
        {
            return await (call.Patience == ConnectorPatience.Turn ? _turnRetry : _retry).ExecuteAsync(
                async ct => await AttemptAsync(call, uri, body, lease, tenant, ct),
                cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException)
        {
            _logger.LogWarning("Connector {Operation} {Method} {Path} failed without an answer: {Error}.", call.Operation, call.Method, call.Path, e.Message);
            throw new ConnectorException(ConnectorOutcome.NetworkError, $"{call.Operation}: {e.Message}", innerException: e);
        }
    }

    /// <summary>The conversation's turn: awaited in the background, taken only if free in a turn.</summary>
    private async ValueTask<ConversationLease> EnterAsync(ConnectorCall call, CancellationToken cancellationToken)
    {
        var lanes = call.RateClass == RateClass.Write ? _writes : _reads;
        if (call.Patience != ConnectorPatience.Turn)
        {
            return await lanes.EnterAsync(call.RateKey, cancellationToken);
        }

        // Another call holds the conversation (a background send, an earlier reply): going first would break the order.
        return lanes.TryEnter(call.RateKey) ?? throw HeldBack(call, TimeSpan.Zero);
    }

    private async ValueTask<HttpResponseMessage> AttemptAsync(ConnectorCall call, Uri uri, byte[]? body, ConversationLease? lease, RateGate? tenant, CancellationToken cancellationToken)
    {
        if (lease is not null)
        {
            if (call.Patience != ConnectorPatience.Turn)
            {
                await lease.WaitForPermitAsync(tenant, cancellationToken);
            }
            else if (lease.TryPermit(tenant) is var wait && wait > TimeSpan.Zero)
            {
                throw HeldBack(call, wait);
            }
        }

        // Per attempt: a retry after a long Retry-After may need a refreshed token.
        var token = await GetTokenAsync(call, cancellationToken);
        using var request = new HttpRequestMessage(call.Method, uri);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = JsonContentType;
        }

        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timeout = call.Patience == ConnectorPatience.Turn ? _options.TurnAttemptTimeout : _options.AttemptTimeout;
        attempt.CancelAfter(timeout);
        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, attempt.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"no answer within {timeout}", e);
        }
    }

    private async ValueTask<string?> GetTokenAsync(ConnectorCall call, CancellationToken cancellationToken)
    {
        try
        {
            return await _tokens.GetTokenAsync(cancellationToken);
        }
        catch (BotTokenException e)
        {
            throw new ConnectorException(ConnectorOutcome.TokenUnavailable, $"{call.Operation}: {e.Message}", innerException: e);
        }
    }

    /// <summary>Refused by the bot's own limiter: throttled, with how long until a permit (zero: as soon as the conversation is free).</summary>
    private ConnectorException HeldBack(ConnectorCall call, TimeSpan wait)
    {
        _logger.LogDebug("Connector {Operation} {Method} {Path} held back by the rate limits for {Wait}.", call.Operation, call.Method, call.Path, wait);
        ConnectorTelemetry.RateLimited(wait);
        return new ConnectorException(ConnectorOutcome.Throttled, $"{call.Operation}: held back to stay within Teams' rate limits.", retryAfter: wait, heldBack: true);
    }

    private ConnectorException Failure(ConnectorCall call, HttpResponseMessage response, string body)
    {
        var error = ConnectorError.Parse(body);
        var outcome = error.OutcomeFor(response.StatusCode);
        _logger.LogWarning(
            "Connector {Operation} {Method} {Path} failed: {Status} {Code} ({Outcome}).",
            call.Operation,
            call.Method,
            call.Path,
            (int)response.StatusCode,
            error.Code,
            outcome);
        return new ConnectorException(
            outcome,
            $"{call.Operation} failed: {(int)response.StatusCode} {error.Code ?? response.ReasonPhrase}{(error.Message is null ? string.Empty : ": " + error.Message)}",
            response.StatusCode,
            error.Code,
            RetryAfter.Of(response, _clock.GetUtcNow()));
    }
}
