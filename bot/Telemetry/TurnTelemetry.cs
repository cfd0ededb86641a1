using System.Diagnostics;
using System.Diagnostics.Metrics;

using ConnectorBot.BotFramework.Schema;
using ConnectorBot.BotFramework.Turns;

using BotActivity = ConnectorBot.BotFramework.Schema.Activity;
using Span = System.Diagnostics.Activity;

namespace ConnectorBot.Telemetry;

/// <summary>
/// Turns: a <c>turn</c> span (a child of ASP.NET Core's request span), the <c>connectorbot.turns</c> counter and the
/// <c>connectorbot.turn.duration</c> histogram, both by route, activity type and outcome.
/// </summary>
public static class TurnTelemetry
{
    public const string SpanName = "turn";

    internal static readonly Counter<long> Turns = BotTelemetry.Meter.CreateCounter<long>("connectorbot.turns", "{turn}", "Activities processed as turns, by route, activity type and outcome.");

    internal static readonly Histogram<double> Duration = BotTelemetry.Meter.CreateHistogram(
        "connectorbot.turn.duration",
        "s",
        "How long turns took, from the activity's arrival to its end, by route, activity type and outcome.",
        advice: BotTelemetry.SecondsAdvice);

    /// <summary>Starts measuring a turn; the processor sets its outcome and the turn it made, and disposes it at the end.</summary>
    public static TurnMeasure Start(BotActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var span = BotTelemetry.Source.StartActivity(SpanName, ActivityKind.Internal);
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag(TelemetryTags.TenantId, activity.GetTenantId());
            span.SetTag(TelemetryTags.ConversationId, activity.Conversation?.Id);
            span.SetTag(TelemetryTags.ActivityId, activity.Id);
            span.SetTag(TelemetryTags.ActivityType, activity.Type);
            span.SetTag(TelemetryTags.ChannelId, activity.ChannelId);
        }

        return new TurnMeasure(span, KnownType(activity.Type));
    }

    // The type as sent could be anything: metrics keep the protocol's names and call the rest "other".
    private static string KnownType(string? type) => type switch
    {
        ActivityTypes.Message => ActivityTypes.Message,
        ActivityTypes.Invoke => ActivityTypes.Invoke,
        ActivityTypes.ConversationUpdate => ActivityTypes.ConversationUpdate,
        ActivityTypes.InstallationUpdate => ActivityTypes.InstallationUpdate,
        _ => "other",
    };
}

/// <summary>One turn being measured: ended (span stopped, metrics recorded) when disposed.</summary>
public sealed class TurnMeasure(Span? span, string activityType) : IDisposable
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public TurnOutcome Outcome { get; set; }

    /// <summary>The turn, once made: the router names its route on it.</summary>
    public TurnContext? Turn { get; set; }

    /// <summary>The turn failed with <paramref name="exception"/>; the span keeps the exception's type, never its message.</summary>
    public void Failed(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Outcome = TurnOutcome.Failed;
        BotTelemetry.Failed(span, exception);
    }

    public void Dispose()
    {
        var route = Turn?.Route ?? RouteNames.None;
        var outcome = Outcome.ToString();
        var tags = new TagList
        {
            { TelemetryTags.Route, route },
            { TelemetryTags.ActivityType, activityType },
            { TelemetryTags.Outcome, outcome },
        };
        TurnTelemetry.Turns.Add(1, tags);
        TurnTelemetry.Duration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
        if (span is not null)
        {
            span.SetTag(TelemetryTags.Route, route);
            span.SetTag(TelemetryTags.Outcome, outcome);
            span.Dispose();
        }
    }
}
