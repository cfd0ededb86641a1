using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ConnectorBot.Telemetry;

/// <summary>
/// The bot's one trace source and one meter, both named <see cref="Name"/>. Without a listener (no exporter configured)
/// starting a span returns null and recording a measurement does nothing, so the hot path pays next to nothing.
/// Attributes carry ids, names of routes and outcomes, and counts: never a member's name, answer or message.
/// </summary>
public static class BotTelemetry
{
    public const string Name = "ConnectorBot";

    public static readonly ActivitySource Source = new(Name, typeof(BotTelemetry).Assembly.GetName().Version?.ToString());

    public static readonly Meter Meter = new(Name, typeof(BotTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Seconds, from a few milliseconds (a turn, the matcher) to minutes (a big round).</summary>
    internal static readonly InstrumentAdvice<double> SecondsAdvice = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900],
    };

    /// <summary>Counts of members or intros in one round.</summary>
    internal static readonly InstrumentAdvice<int> HeadcountAdvice = new()
    {
        HistogramBucketBoundaries = [0, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000],
    };

    /// <summary>Marks a span failed with the exception's type only: a message could quote what a member wrote.</summary>
    internal static void Failed(Activity? span, Exception exception)
    {
        span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        span?.SetTag(TelemetryTags.ErrorType, exception.GetType().FullName);
    }
}
