using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;

using ConnectorBot.BotFramework.Connector;

namespace ConnectorBot.Telemetry;

/// <summary>
/// Connector calls and throttling: each logical call (with its retries) by operation and final status, each 429 Teams
/// answered (per HTTP attempt), and each wait the bot's own rate limiter imposed before an attempt. The HTTP attempts
/// themselves are spans of the HttpClient instrumentation.
/// </summary>
public static class ConnectorTelemetry
{
    /// <summary>The <c>error.type</c> of a call that got no answer (network failure, timeout, no token, cancelled).</summary>
    public const string NoAnswer = "no_answer";

    internal static readonly Counter<long> Calls = BotTelemetry.Meter.CreateCounter<long>("connectorbot.connector.calls", "{call}", "Connector calls (each with its retries), by operation and final HTTP status (error.type no_answer when none came).");

    internal static readonly Histogram<double> Duration = BotTelemetry.Meter.CreateHistogram(
        "connectorbot.connector.duration",
        "s",
        "How long connector calls took, retries and rate-limit waits included, by operation and final HTTP status.",
        advice: BotTelemetry.SecondsAdvice);

    private static readonly Counter<long> Throttled = BotTelemetry.Meter.CreateCounter<long>("connectorbot.connector.throttled", "{response}", "429 answers from the connector or token endpoint, per HTTP attempt.");
    private static readonly Counter<long> RateLimitWaits = BotTelemetry.Meter.CreateCounter<long>("connectorbot.connector.rate_limited", "{wait}", "Times the bot's own rate limiter (Teams' published limits) held a request back.");

    private static readonly Histogram<double> RateLimitWait = BotTelemetry.Meter.CreateHistogram(
        "connectorbot.connector.rate_limit_wait",
        "s",
        "How long the bot's own rate limiter held requests back.",
        advice: BotTelemetry.SecondsAdvice);

    /// <summary>Starts measuring one logical call; the transport records the status it got, then disposes it.</summary>
    public static ConnectorMeasure Start(ConnectorCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new ConnectorMeasure(call.Operation);
    }

    /// <summary>The bot's own rate limiter made a request wait <paramref name="wait"/>.</summary>
    public static void RateLimited(TimeSpan wait)
    {
        RateLimitWaits.Add(1);
        RateLimitWait.Record(wait.TotalSeconds);
    }

    /// <summary>Wraps the connector's HTTP handler so every 429 is counted, retried or not.</summary>
    public static HttpMessageHandler CountingThrottles(HttpMessageHandler inner) => new ThrottleCounter { InnerHandler = inner };

    private sealed class ThrottleCounter : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Throttled.Add(1);
                Activity.Current?.AddEvent(new ActivityEvent("throttled"));
            }

            return response;
        }
    }
}

/// <summary>One connector call being measured: recorded when disposed.</summary>
public sealed class ConnectorMeasure(string operation) : IDisposable
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private HttpStatusCode? _status;

    /// <summary>The connector answered (the last attempt's status, success or not).</summary>
    public void Answered(HttpStatusCode status) => _status = status;

    public void Dispose()
    {
        var tags = new TagList { { TelemetryTags.Operation, operation } };
        if (_status is { } status)
        {
            tags.Add(TelemetryTags.Status, (int)status);
        }
        else
        {
            tags.Add(TelemetryTags.ErrorType, ConnectorTelemetry.NoAnswer);
        }

        ConnectorTelemetry.Calls.Add(1, tags);
        ConnectorTelemetry.Duration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
    }
}
