using System.ClientModel.Primitives;
using System.Globalization;
using System.Net;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Understanding.AzureOpenAi;

/// <summary>
/// The SDK pipeline's retry policy, in place of Azure.AI.OpenAI's own (which honours Retry-After without a ceiling, waits
/// on the wall clock and retries a fixed three times): tries up to <see cref="UnderstandingOptions.MaxAttempts"/> on 408,
/// 429, 500, 502, 503, 504, time-outs and network errors, never on other refusals; waits as long as Retry-After (or
/// retry-after-ms) says, else a doubling back-off, capped by <see cref="UnderstandingOptions.MaxRetryDelay"/>, on the
/// injected clock. Every try first takes one call from the <see cref="UnderstandingBudget"/>: when it is spent the call
/// fails at once with <see cref="UnderstandingBudgetException"/> and nothing is sent. Each call's tries and last status
/// are kept in <see cref="UnderstandingCall"/> for the understander's log line.
/// </summary>
public sealed class UnderstandingRetryPolicy(
    IOptions<UnderstandingOptions> options,
    UnderstandingBudget budget,
    TimeProvider clock,
    ILogger<UnderstandingRetryPolicy> logger) : ClientRetryPolicy(maxRetries: 0)
{
    // The SDK's synchronous path, which the bot never takes (it calls the chat client asynchronously).
    protected override void OnSendingRequest(PipelineMessage message) => OnSendingRequestAsync(message).AsTask().GetAwaiter().GetResult();

    protected override async ValueTask OnSendingRequestAsync(PipelineMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        await TakeBudgetAsync(message.CancellationToken);
        TriesOf(message).Count++;
    }

    protected override void OnRequestSent(PipelineMessage message)
    {
        if (UnderstandingCall.Current is { } call)
        {
            call.Status = message.Response is { } response ? (HttpStatusCode)response.Status : null;
        }
    }

    protected override ValueTask OnRequestSentAsync(PipelineMessage message)
    {
        OnRequestSent(message);
        return ValueTask.CompletedTask;
    }

    protected override bool ShouldRetry(PipelineMessage message, Exception? exception)
    {
        ArgumentNullException.ThrowIfNull(message);
        var attempts = Math.Max(1, options.Value.MaxAttempts);
        if (TriesOf(message).Count >= attempts)
        {
            return false;
        }

        if (exception is not null)
        {
            // The caller's cancellation ends the call; the pipeline's own time-out (NetworkTimeout) and network errors do not.
            return exception is not UnderstandingException && !message.CancellationToken.IsCancellationRequested;
        }

        return message.Response is { } response && IsTransient(response.Status);
    }

    protected override TimeSpan GetNextDelay(PipelineMessage message, int tryCount)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;

        // The tries this policy counted, not tryCount: what the pipeline passes there differs between its versions.
        var attempt = TriesOf(message).Count;
        var backoff = settings.RetryDelay * Math.Pow(2, Math.Clamp(attempt - 1, 0, 16));
        var wait = RetryAfterOf(message.Response) ?? backoff;
        if (wait > settings.MaxRetryDelay)
        {
            wait = settings.MaxRetryDelay;
        }

        logger.LogInformation(
            "Azure OpenAI chat deployment {Deployment} answered {Status} (attempt {Attempt} of {Attempts}); trying again in {Wait}.",
            settings.Deployment,
            message.Response is { } response ? response.Status.ToString(CultureInfo.InvariantCulture) : "nothing",
            attempt,
            Math.Max(1, settings.MaxAttempts),
            wait);
        return wait;
    }

    protected override Task WaitAsync(TimeSpan time, CancellationToken cancellationToken) => Task.Delay(time, clock, cancellationToken);

    protected override void Wait(TimeSpan time, CancellationToken cancellationToken) => WaitAsync(time, cancellationToken).GetAwaiter().GetResult();

    // The pipeline's own count (PipelineMessage.RetryCount) is internal: this policy keeps its own on the message.
    private static Tries TriesOf(PipelineMessage message)
    {
        if (message.TryGetProperty(typeof(Tries), out var value) && value is Tries tries)
        {
            return tries;
        }

        tries = new Tries();
        message.SetProperty(typeof(Tries), tries);
        return tries;
    }

    internal static bool IsTransient(int status) => status is 408 or 429 or 500 or 502 or 503 or 504;

    private async Task TakeBudgetAsync(CancellationToken cancellationToken)
    {
        var call = UnderstandingCall.Current;
        (var taken, var firstRefusal) = await budget.TryTakeAsync(cancellationToken);
        if (!taken)
        {
            if (firstRefusal)
            {
                logger.LogWarning(
                    "The daily budget of {Budget} Azure OpenAI calls for understanding answers is spent; answers are understood offline until the next UTC day.",
                    options.Value.DailyBudget);
            }

            throw new UnderstandingBudgetException(
                string.Create(CultureInfo.InvariantCulture, $"Today's budget of {options.Value.DailyBudget} Azure OpenAI calls is spent."),
                call?.Attempts ?? 0);
        }

        if (call is not null)
        {
            call.Attempts++;
        }
    }

    private TimeSpan? RetryAfterOf(PipelineResponse? response)
    {
        if (response is null)
        {
            return null;
        }

        // Azure OpenAI also says it in milliseconds: the finer first.
        foreach (var name in (string[])["retry-after-ms", "x-ms-retry-after-ms"])
        {
            if (response.Headers.TryGetValue(name, out var value)
                && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds)
                && milliseconds >= 0)
            {
                return TimeSpan.FromMilliseconds(milliseconds);
            }
        }

        if (!response.Headers.TryGetValue("Retry-After", out var retryAfter) || string.IsNullOrWhiteSpace(retryAfter))
        {
            return null;
        }

        if (int.TryParse(retryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (DateTimeOffset.TryParseExact(retryAfter, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            var wait = date - clock.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}

/// <summary>Tries of one pipeline message.</summary>
public sealed class Tries
{
    public int Count { get; set; }
}

/// <summary>One answer's call as the pipeline saw it: tries made and the last status (flows with the call's async context).</summary>
public sealed class UnderstandingCall
{
    private static readonly AsyncLocal<UnderstandingCall?> Flowing = new();

    public static UnderstandingCall? Current => Flowing.Value;

    public int Attempts { get; set; }

    public HttpStatusCode? Status { get; set; }

    /// <summary>Starts tracing the call made from here on (the pipeline runs in the caller's async flow).</summary>
    public static UnderstandingCall Begin()
    {
        var call = new UnderstandingCall();
        Flowing.Value = call;
        return call;
    }
}
