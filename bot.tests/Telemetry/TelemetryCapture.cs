using System.Collections.Concurrent;
using System.Diagnostics;

using Microsoft.Extensions.DependencyInjection;

using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ConnectorBot.Tests.Telemetry;

/// <summary>
/// What a harnessed bot exports, held in memory: the bot's own registration decides what is measured, this adds the
/// providers and an in-memory exporter, as an operator's exporter setting would. The bot's source and meter are
/// process-wide, so other tests' bots running meanwhile show up too: tests pick theirs by tenant.
/// </summary>
internal sealed class TelemetryCapture
{
    public ConcurrentQueue<Activity> Spans { get; } = new();

    public List<MetricSnapshot> Metrics { get; } = [];

    public void AddTo(IServiceCollection services) =>
        services.AddOpenTelemetry()
            .WithTracing(t => t.AddInMemoryExporter(new QueueCollection(Spans)))
            .WithMetrics(m => m.AddInMemoryExporter(Metrics));

    /// <summary>Exports whatever the providers hold now.</summary>
    public static void Flush(IServiceProvider services)
    {
        services.GetRequiredService<TracerProvider>().ForceFlush();
        services.GetRequiredService<MeterProvider>().ForceFlush();
    }

    /// <summary>The points of every exported snapshot of <paramref name="name"/>, with their tags.</summary>
    public IReadOnlyList<(IReadOnlyDictionary<string, object?> Tags, MetricPoint Point)> Points(string name)
    {
        var points = new List<(IReadOnlyDictionary<string, object?>, MetricPoint)>();
        lock (Metrics)
        {
            foreach (var snapshot in Metrics.Where(m => m.Name == name))
            {
                foreach (var point in snapshot.MetricPoints)
                {
                    var tags = new Dictionary<string, object?>(StringComparer.Ordinal);
                    foreach (var tag in point.Tags)
                    {
                        tags[tag.Key] = tag.Value;
                    }

                    points.Add((tags, point));
                }
            }
        }

        return points;
    }

    /// <summary>Every string anything exported carries: span names, tags, events, links' tags, status descriptions, baggage, metric tags.</summary>
    public IEnumerable<string> AllStrings()
    {
        foreach (var span in Spans)
        {
            yield return span.DisplayName;
            yield return span.StatusDescription ?? string.Empty;
            foreach (var tag in span.TagObjects)
            {
                yield return $"{tag.Key}={tag.Value}";
            }

            foreach (var e in span.Events)
            {
                yield return e.Name;
                foreach (var tag in e.Tags)
                {
                    yield return $"{tag.Key}={tag.Value}";
                }
            }

            foreach (var link in span.Links)
            {
                foreach (var tag in link.Tags ?? [])
                {
                    yield return $"{tag.Key}={tag.Value}";
                }
            }

            foreach (var item in span.Baggage)
            {
                yield return $"{item.Key}={item.Value}";
            }
        }

        lock (Metrics)
        {
            foreach (var snapshot in Metrics.ToList())
            {
                foreach (var point in snapshot.MetricPoints)
                {
                    foreach (var tag in point.Tags)
                    {
                        yield return $"{tag.Key}={tag.Value}";
                    }
                }
            }
        }
    }

    // The in-memory exporter adds to a collection from the exporting thread; a queue lets tests read meanwhile.
    private sealed class QueueCollection(ConcurrentQueue<Activity> queue) : ICollection<Activity>
    {
        public int Count => queue.Count;

        public bool IsReadOnly => false;

        public void Add(Activity item) => queue.Enqueue(item);

        public void Clear() => queue.Clear();

        public bool Contains(Activity item) => queue.Contains(item);

        public void CopyTo(Activity[] array, int arrayIndex) => queue.CopyTo(array, arrayIndex);

        public bool Remove(Activity item) => throw new NotSupportedException();

        public IEnumerator<Activity> GetEnumerator() => queue.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
