using System.Diagnostics;
using System.Diagnostics.Metrics;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Replies;

namespace ConnectorBot.Telemetry;

/// <summary>
/// The reply outbox: replies queued (and why), delivered from it, deferred and given up; its depth and the age of its
/// oldest reply as gauges. The gauges read the snapshot the delivery pass takes of what it listed anyway, so a metrics
/// collection never queries the store: they are as fresh as the last pass (at most <c>Bot:Replies:PollInterval</c> old).
/// </summary>
public static class ReplyTelemetry
{
    public const string Owed = "owed";

    /// <summary>Queued because the bot's own rate limits would have held the turn back.</summary>
    public const string HeldBack = "held_back";

    public const string Expired = "expired";

    private static readonly Counter<long> QueuedCount = BotTelemetry.Meter.CreateCounter<long>("connectorbot.replies.queued", "{reply}", "Replies queued in the outbox instead of sent while the member waited, by reason (owed: earlier replies still queued; else the connector's outcome).");
    private static readonly Counter<long> DeliveredCount = BotTelemetry.Meter.CreateCounter<long>("connectorbot.replies.delivered", "{reply}", "Replies delivered from the outbox.");
    private static readonly Counter<long> DeferredCount = BotTelemetry.Meter.CreateCounter<long>("connectorbot.replies.deferred", "{reply}", "Outbox deliveries that failed for a passing reason and wait to be tried again, by the connector's outcome.");
    private static readonly Counter<long> GivenUpCount = BotTelemetry.Meter.CreateCounter<long>("connectorbot.replies.given_up", "{reply}", "Replies dropped from the outbox, by reason (expired: older than Bot:Replies:MaxAge; else the connector's outcome).");

    private static Snapshot _last = new(0, null, null);

    static ReplyTelemetry()
    {
        BotTelemetry.Meter.CreateObservableGauge("connectorbot.replies.outbox.depth", () => _last.Depth, "{reply}", "Replies in the outbox at the last delivery pass.");
        BotTelemetry.Meter.CreateObservableGauge("connectorbot.replies.outbox.oldest_age", OldestAge, "s", "How long the oldest reply in the outbox had waited at the last delivery pass (0 when empty).");
    }

    public static void Queued(string reason) => QueuedCount.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Reason, reason));

    public static void Queued(ConnectorOutcome outcome) => Queued(outcome.ToString());

    public static void Delivered() => DeliveredCount.Add(1);

    public static void Deferred(ConnectorOutcome outcome) => DeferredCount.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Reason, outcome.ToString()));

    public static void GivenUp(string reason) => GivenUpCount.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Reason, reason));

    public static void GivenUp(ConnectorOutcome outcome) => GivenUp(outcome.ToString());

    /// <summary>What one delivery pass listed: the depth, and the oldest reply's age as of <paramref name="now"/>.</summary>
    public static void Observe(IReadOnlyCollection<QueuedReplyHead> heads, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(heads);
        DateTimeOffset? oldest = null;
        foreach (var head in heads)
        {
            oldest = oldest is { } known && known <= head.QueuedAt ? known : head.QueuedAt;
        }

        _last = new Snapshot(heads.Count, oldest is { } o ? now - o : null, Stopwatch.GetTimestamp());
    }

    // The age grows between passes: the pass's figure plus the time since it.
    private static double OldestAge()
    {
        var last = _last;
        return last.OldestAge is { } age && last.TakenAt is { } at ? (age + Stopwatch.GetElapsedTime(at)).TotalSeconds : 0;
    }

    private sealed record Snapshot(int Depth, TimeSpan? OldestAge, long? TakenAt);
}
