using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ConnectorBot.Telemetry;

/// <summary>Sentence embeddings: an <c>embed</c> span per batch, its duration and the texts embedded, by provider and model (never the texts).</summary>
public static class EmbeddingTelemetry
{
    public const string SpanName = "embed";

    internal static readonly Histogram<double> Duration = BotTelemetry.Meter.CreateHistogram(
        "connectorbot.embedding.duration",
        "s",
        "How long one batch of texts took to embed, by provider and model.",
        advice: BotTelemetry.SecondsAdvice);

    internal static readonly Counter<long> Texts = BotTelemetry.Meter.CreateCounter<long>("connectorbot.embedding.texts", "{text}", "Texts embedded, by provider and model.");

    /// <summary>Starts measuring one batch of <paramref name="texts"/> texts; dispose when the vectors are back.</summary>
    public static EmbeddingMeasure Start(string provider, string model, int texts)
    {
        var span = BotTelemetry.Source.StartActivity(SpanName, ActivityKind.Internal);
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag(TelemetryTags.Provider, provider);
            span.SetTag(TelemetryTags.Model, model);
            span.SetTag(TelemetryTags.Texts, texts);
        }

        return new EmbeddingMeasure(span, provider, model, texts);
    }
}

/// <summary>One batch being embedded: recorded when disposed.</summary>
public sealed class EmbeddingMeasure(Activity? span, string provider, string model, int texts) : IDisposable
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public void Dispose()
    {
        var tags = new TagList { { TelemetryTags.Provider, provider }, { TelemetryTags.Model, model } };
        EmbeddingTelemetry.Texts.Add(texts, tags);
        EmbeddingTelemetry.Duration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
        span?.Dispose();
    }
}
