using System.Diagnostics.Metrics;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Telemetry;

namespace ConnectorBot.Intros;

/// <summary>The intro outbox (posts, private cards, card updates, handoffs, follow-ups): items sent, deferred and given up, by kind.</summary>
public static class IntroOutboxTelemetry
{
    private static readonly Counter<long> Sent = BotTelemetry.Meter.CreateCounter<long>("connectorbot.intro_outbox.sent", "{item}", "Intro outbox items sent, by kind.");
    private static readonly Counter<long> Deferred = BotTelemetry.Meter.CreateCounter<long>("connectorbot.intro_outbox.deferred", "{item}", "Intro outbox items that failed for a passing reason and wait to be tried again, by kind and the connector's outcome.");
    private static readonly Counter<long> GivenUp = BotTelemetry.Meter.CreateCounter<long>("connectorbot.intro_outbox.given_up", "{item}", "Intro outbox items given up (a retry would not help, or attempts ran out), by kind and the connector's outcome.");

    public static void Completed(OutboxKind kind) => Sent.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Kind, kind.ToString()));

    public static void Deferring(OutboxKind kind, ConnectorOutcome outcome) =>
        Deferred.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Kind, kind.ToString()), new KeyValuePair<string, object?>(TelemetryTags.Reason, outcome.ToString()));

    public static void GivingUp(OutboxKind kind, ConnectorOutcome outcome) =>
        GivenUp.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Kind, kind.ToString()), new KeyValuePair<string, object?>(TelemetryTags.Reason, outcome.ToString()));
}
