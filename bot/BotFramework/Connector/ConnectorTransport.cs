using System.Net.Http.Headers;
using System.Text.Json;

using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Telemetry;

using Polly;

namespace ConnectorBot.BotFramework.Connector;

/// <summary>
/// Sends connector calls: conversation turn and rate limits, bearer token, per-attempt timeout, retries,
/// and the mapping of failures to <see cref="ConnectorException"/>.
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
    private readonly RateGate _global;

    public ConnectorTransport(HttpClient http, IBotTokenProvider tokens, ConnectorOptions options, TimeProvider clock, ILogger logger)
    {
        _http = http;
        _tokens = tokens;
        _options = options;
        _clock = clock;
        _logger = logger;
        _retry = ConnectorRetry.Build(options, ConnectorPatience.Background, clock, logger);
        _turnRetry = ConnectorRetry.Build(options, ConnectorPatience.Turn, clock, logger);
        _writes = new ConversationLanes(TeamsRateLimits.Writes, clock);
        _reads = new ConversationLanes(TeamsRateLimits.Reads, clock);
        _global = new RateGate(TeamsRateLimits.Global(options.GlobalRequestsPerSecond), clock);
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
        using var lease = _options.RateLimiting
            ? await (call.RateClass == RateClass.Write ? _writes : _reads).EnterAsync(call.RateKey, cancellationToken)
            : null;
        try
        {
            return await (call.Patience == ConnectorPatience.Turn ? _turnRetry : _retry).ExecuteAsync(
                async ct => await AttemptAsync(call, uri, body, lease, ct),
                cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException)
        {
            _logger.LogWarning("Connector {Operation} {Method} {Path} failed without an answer: {Error}.", call.Operation, call.Method, call.Path, e.Message);
            throw new ConnectorException(ConnectorOutcome.NetworkError, $"{call.Operation}: {e.Message}", innerException: e);
        }
    }

    private async ValueTask<HttpResponseMessage> AttemptAsync(ConnectorCall call, Uri uri, byte[]? body, ConversationLease? lease, CancellationToken cancellationToken)
    {
        if (lease is not null)
        {
            await lease.WaitForPermitAsync(cancellationToken);
            await _global.WaitAsync(cancellationToken);
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
