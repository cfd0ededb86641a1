using System.Diagnostics;
using System.Diagnostics.Metrics;

using ConnectorBot.Telemetry;

namespace ConnectorBot.Intros;

/// <summary>
/// Intro rounds: a <c>round</c> span per run with its ids and counts, the <c>connectorbot.rounds</c> counter by outcome,
/// the round's duration, members and intros as histograms, and the matcher's own time (a <c>match</c> span and histogram).
/// </summary>
public static class RoundTelemetry
{
    public const string SpanName = "round";
    public const string MatchSpanName = "match";

    internal static readonly Counter<long> Rounds = BotTelemetry.Meter.CreateCounter<long>("connectorbot.rounds", "{round}", "Round runs, by outcome (ran, already_ran, held_elsewhere, failed).");

    internal static readonly Histogram<double> Duration = BotTelemetry.Meter.CreateHistogram(
        "connectorbot.round.duration",
        "s",
        "How long a round took: roster, matching, writing and queueing its intros.",
        advice: BotTelemetry.SecondsAdvice);

    internal static readonly Histogram<int> Members = BotTelemetry.Meter.CreateHistogram("connectorbot.round.members", "{member}", "Members eligible in a round that ran.", advice: BotTelemetry.HeadcountAdvice);

    internal static readonly Histogram<int> Intros = BotTelemetry.Meter.CreateHistogram("connectorbot.round.intros", "{intro}", "Intros a round that ran made (new and resumed).", advice: BotTelemetry.HeadcountAdvice);

    private static readonly Histogram<double> MatcherDuration = BotTelemetry.Meter.CreateHistogram(
        "connectorbot.matcher.duration",
        "s",
        "How long the matcher took for one round's candidates (a preview's too).",
        advice: BotTelemetry.SecondsAdvice);

    /// <summary>Starts measuring one round run; the runner hands it the report (<see cref="RoundMeasure.Finished"/>).</summary>
    public static RoundMeasure Start(string tenantId, string teamId, string roundId)
    {
        var span = BotTelemetry.Source.StartActivity(SpanName, ActivityKind.Internal);
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag(TelemetryTags.TenantId, tenantId);
            span.SetTag(TelemetryTags.TeamId, teamId);
            span.SetTag(TelemetryTags.RoundId, roundId);
        }

        return new RoundMeasure(span);
    }

    /// <summary>Runs the (pure, synchronous) matcher on <paramref name="candidates"/> candidates, timed.</summary>
    public static T TimeMatcher<T>(int candidates, Func<T> match)
    {
        ArgumentNullException.ThrowIfNull(match);
        using var span = BotTelemetry.Source.StartActivity(MatchSpanName, ActivityKind.Internal);
        span?.SetTag(TelemetryTags.Candidates, candidates);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return match();
        }
        finally
        {
            MatcherDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }
}

/// <summary>One round run being measured: recorded when disposed; a run never <see cref="Finished"/> failed.</summary>
public sealed class RoundMeasure(Activity? span) : IDisposable
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private string _outcome = "failed";

    /// <summary>The run's report (null: another instance holds the round); returned as is.</summary>
    public RoundReport? Finished(RoundReport? report)
    {
        _outcome = report is null ? "held_elsewhere" : report.AlreadyRan ? "already_ran" : "ran";
        if (report is { AlreadyRan: false })
        {
            RoundTelemetry.Members.Record(report.Eligible);
            RoundTelemetry.Intros.Record(report.Intros);
        }

        if (report is not null && span is { IsAllDataRequested: true })
        {
            span.SetTag(TelemetryTags.Roster, report.RosterMembers);
            span.SetTag(TelemetryTags.Members, report.Eligible);
            span.SetTag(TelemetryTags.Intros, report.Intros);
        }

        return report;
    }

    public void Dispose()
    {
        var outcome = new KeyValuePair<string, object?>(TelemetryTags.Outcome, _outcome);
        RoundTelemetry.Rounds.Add(1, outcome);
        RoundTelemetry.Duration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, outcome);
        if (span is not null)
        {
            span.SetTag(TelemetryTags.Outcome, _outcome);
            if (_outcome == "failed")
            {
                span.SetStatus(ActivityStatusCode.Error);
            }

            span.Dispose();
        }
    }
}
