using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

using Azure.Data.Tables;

using ConnectorBot.Storage;
using ConnectorBot.Storage.Embedded;

namespace ConnectorBot.Cli;

/// <summary>
/// `store-bench [--callers 1,16,64] [--seconds 3] [--folder DIR]`: throughput and allocations of the embedded store's
/// turn writes, on a fresh database file in a temporary folder (WAL, as served). "marker" is the dedupe insert of every
/// turn (a unique AddEntity, as ActivityDeduplicator does); "turn" is a marker, a point read and a merge upsert.
/// Allocations are the whole process's bytes over the timed window (the bench's own entities included) per operation.
/// Run in Release.
/// </summary>
public static class StoreBenchVerb
{
    private const int Members = 1000;

    public static Command Create(TextWriter output, TextWriter errors)
    {
        Option<string> callers = new("--callers") { Description = "Comma-separated counts of concurrent callers", DefaultValueFactory = _ => "1,16,64" };
        Option<double> seconds = new("--seconds") { Description = "Timed window of each run", DefaultValueFactory = _ => 3 };
        Option<DirectoryInfo?> folder = new("--folder") { Description = "Where the database files go (default: a new temporary folder, deleted after)" };
        Option<bool> allocations = new("--allocations") { Description = "After each run, the types most allocated (sampled by the runtime)" };
        Command command = new("store-bench", "Measure the embedded store's turn writes: ops/s and bytes allocated per op") { callers, seconds, folder, allocations };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var counts = parse.GetValue(callers)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
            var window = TimeSpan.FromSeconds(Math.Clamp(parse.GetValue(seconds), 0.1, 600));
            var ownFolder = parse.GetValue(folder) is null;
            var root = parse.GetValue(folder)?.FullName ?? Path.Combine(Path.GetTempPath(), "connectorbot-store-bench-" + Guid.NewGuid().ToString("N"));
            using var sampler = parse.GetValue(allocations) ? new AllocationSampler() : null;
            try
            {
                output.WriteLine("scenario  callers       ops/s   bytes/op");
                foreach (var (name, run) in new (string, Func<ITable, ITable, int, long, Task>)[] { ("marker", MarkerAsync), ("turn", TurnAsync) })
                {
                    foreach (var count in counts)
                    {
                        var (opsPerSecond, bytesPerOp) = await RunAsync(Path.Combine(root, $"{name}-{count}.db"), count, window, run, sampler, cancellationToken);
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-8}  {count,7}  {opsPerSecond,10:F0}  {bytesPerOp,9:F0}"));
                        foreach (var (type, share) in sampler?.Top(12) ?? [])
                        {
                            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {share,6:P1}  {type}"));
                        }
                    }
                }
            }
            finally
            {
                if (ownFolder && Directory.Exists(root))
                {
                    Directory.Delete(root, recursive: true);
                }
            }

            return 0;
        });
        return command;
    }

    /// <summary>One store, warmed up, then every caller repeats the scenario until the window closes.</summary>
    private static async Task<(double OpsPerSecond, double BytesPerOp)> RunAsync(
        string path, int callers, TimeSpan window, Func<ITable, ITable, int, long, Task> scenario, AllocationSampler? sampler, CancellationToken cancellationToken)
    {
        using var store = new SqliteTableStore(path);
        var markers = await store.OpenTableAsync("ProcessedActivities", cancellationToken);
        var members = await store.OpenTableAsync("Members", cancellationToken);
        for (var i = 0; i < Members; i++)
        {
            await members.UpsertEntityAsync(Member(i), TableUpdateMode.Replace, cancellationToken);
        }

        long next = 0;
        async Task<long> CallerAsync(int caller, TimeSpan length)
        {
            var done = 0L;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < length && !cancellationToken.IsCancellationRequested)
            {
                await scenario(markers, members, caller, Interlocked.Increment(ref next));
                done++;
            }

            return done;
        }

        await Task.WhenAll(Enumerable.Range(0, callers).Select(c => Task.Run(() => CallerAsync(c, window / 5), cancellationToken)));
        GC.Collect();
        sampler?.Clear();
        sampler?.Start();
        var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
        var timer = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, callers).Select(c => Task.Run(() => CallerAsync(c, window), cancellationToken)));
        var elapsed = timer.Elapsed;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
        sampler?.Stop();
        var ops = Math.Max(1, counts.Sum());
        return (ops / elapsed.TotalSeconds, (double)bytes / ops);
    }

    private static Task MarkerAsync(ITable markers, ITable members, int caller, long sequence) =>
        markers.AddEntityAsync(Marker(sequence));

    private static async Task TurnAsync(ITable markers, ITable members, int caller, long sequence)
    {
        await markers.AddEntityAsync(Marker(sequence));
        var member = (int)(sequence % Members);
        var row = await members.GetEntityIfExistsAsync<TableEntity>("tenant", Key(member));
        var seen = Member(member);
        seen["LastSeen"] = DateTimeOffset.UtcNow;
        seen["Turns"] = (row?.GetInt64("Turns") ?? 0) + 1;
        await members.UpsertEntityAsync(seen, TableUpdateMode.Merge);
    }

    private static TableEntity Marker(long sequence) =>
        new("tenant", string.Create(CultureInfo.InvariantCulture, $"a:conversation-{sequence % 97}|activity-{sequence}"));

    private static TableEntity Member(int i) => new("tenant", Key(i))
    {
        ["Name"] = "Member " + i.ToString(CultureInfo.InvariantCulture),
        ["ConversationId"] = "a:conversation-" + i.ToString(CultureInfo.InvariantCulture),
        ["ServiceUrl"] = "https://smba.trafficmanager.net/emea/",
        ["Turns"] = 0L,
    };

    private static string Key(int i) => "29:member-" + i.ToString(CultureInfo.InvariantCulture);
}
