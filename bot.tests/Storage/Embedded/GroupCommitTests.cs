using Azure;
using Azure.Data.Tables;

using ConnectorBot.Storage.Embedded;

namespace ConnectorBot.Tests.Storage.Embedded;

/// <summary>
/// The embedded store's writer commits waiting writes together: each keeps its own outcome, cancellation and
/// disposal take out only writes that have not started, and reads of a file store do not wait for the writer.
/// The writer is held on its clock (<see cref="GatedTimeProvider"/>) so the others line up behind it.
/// </summary>
public sealed class GroupCommitTests : IDisposable
{
    private const string Table = "Orders";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly GatedTimeProvider _clock = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "group-commit-" + Guid.NewGuid().ToString("N"));
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose()
    {
        _clock.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Writes_committed_together_each_get_their_own_outcome()
    {
        using var store = SqliteTableStore.InMemory(_clock);
        await store.OpenTableAsync(Table, _ct);
        var taken = await store.AddEntityAsync(Table, new TableEntity("p", "taken") { ["V"] = "old" }, _ct);
        var stale = await store.AddEntityAsync(Table, new TableEntity("p", "versioned"), _ct);
        var current = await store.UpdateEntityAsync(Table, new TableEntity("p", "versioned") { ["N"] = 1 }, stale, TableUpdateMode.Merge, _ct);

        var first = HoldWriter(store);
        var unique = Enumerable.Range(0, 10).Select(i => store.AddEntityAsync(Table, new TableEntity("p", $"u{i}"), _ct)).ToList();
        var duplicate = store.AddEntityAsync(Table, new TableEntity("p", "taken") { ["V"] = "new" }, _ct);
        var staleUpdate = store.UpdateEntityAsync(Table, new TableEntity("p", "versioned") { ["N"] = 2 }, stale, TableUpdateMode.Merge, _ct);
        var missingUpdate = store.UpdateEntityAsync(Table, new TableEntity("p", "missing"), ETag.All, TableUpdateMode.Merge, _ct);
        var failedTransaction = store.SubmitTransactionAsync(
            Table,
            [
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "tx-a")),
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "taken")),
            ],
            _ct);
        var transaction = store.SubmitTransactionAsync(
            Table,
            [
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "tx-b")),
                new TableTransactionAction(TableTransactionActionType.UpsertMerge, new TableEntity("p", "tx-c")),
            ],
            _ct);
        var twiceFirst = store.AddEntityAsync(Table, new TableEntity("p", "twice") { ["By"] = "first" }, _ct);
        var twiceSecond = store.AddEntityAsync(Table, new TableEntity("p", "twice") { ["By"] = "second" }, _ct);
        var invalid = store.AddEntityAsync(Table, new TableEntity("p", "invalid") { ["bad-name"] = 1 }, _ct);
        var last = store.UpsertEntityAsync(Table, new TableEntity("p", "last"), TableUpdateMode.Replace, _ct);
        _clock.Release();

        await first;
        var uniqueETags = await Task.WhenAll(unique);
        Assert.Equal((409, "EntityAlreadyExists"), await FailureAsync(duplicate));
        Assert.Equal((412, "UpdateConditionNotSatisfied"), await FailureAsync(staleUpdate));
        Assert.Equal((404, "ResourceNotFound"), await FailureAsync(missingUpdate));
        var failed = await Assert.ThrowsAsync<TableTransactionFailedException>(() => failedTransaction);
        Assert.Equal((409, 1), (failed.Status, failed.FailedTransactionActionIndex));
        var transactionETags = await transaction;
        var twice = await twiceFirst;
        Assert.Equal((409, "EntityAlreadyExists"), await FailureAsync(twiceSecond));
        Assert.Equal((400, "PropertyNameInvalid"), await FailureAsync(invalid));
        await last;

        Assert.Equal(("old", taken), await ReadAsync(store, "taken", "V"));
        Assert.Equal((null, current), await ReadAsync(store, "versioned", "V"));
        Assert.Null(await store.FindEntityAsync(Table, "p", "tx-a", null, _ct));
        Assert.Null(await store.FindEntityAsync(Table, "p", "missing", null, _ct));
        Assert.Null(await store.FindEntityAsync(Table, "p", "invalid", null, _ct));
        Assert.Equal(("first", twice), await ReadAsync(store, "twice", "By"));
        Assert.Equal(transactionETags[0], (await store.GetAsync(Table, "p", "tx-b", null, _ct)).ETag);

        // In line order, every success has a later Timestamp and its own ETag.
        string[] order = ["first", .. Enumerable.Range(0, 10).Select(i => $"u{i}"), "tx-b", "tx-c", "twice", "last"];
        var stored = new List<TableEntity>();
        foreach (var rowKey in order)
        {
            stored.Add(await store.GetAsync(Table, "p", rowKey, null, _ct));
        }

        Assert.All(stored.Zip(stored.Skip(1)), pair => Assert.True(pair.First.Timestamp < pair.Second.Timestamp));
        Assert.Equal(stored.Count, stored.Select(e => e.ETag).Distinct().Count());
        Assert.Equal(uniqueETags, stored.Skip(1).Take(10).Select(e => e.ETag));
    }

    [Fact]
    public async Task A_caller_cancelled_while_waiting_is_answered_at_once_and_the_others_still_commit()
    {
        using var store = SqliteTableStore.InMemory(_clock);
        await store.OpenTableAsync(Table, _ct);
        using var running = new CancellationTokenSource();
        using var waiting = new CancellationTokenSource();

        var first = HoldWriter(store, running.Token);
        var cancelled = store.AddEntityAsync(Table, new TableEntity("p", "cancelled"), waiting.Token);
        var after = store.AddEntityAsync(Table, new TableEntity("p", "after"), _ct);
        await waiting.CancelAsync();

        // Answered while the writer is still held: the caller does not wait for the batch ahead of it.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);

        // A write already started is not abandoned half-way.
        await running.CancelAsync();
        _clock.Release();
        await first;
        await after;
        Assert.Null(await store.FindEntityAsync(Table, "p", "cancelled", null, _ct));
        Assert.NotNull(await store.FindEntityAsync(Table, "p", "first", null, _ct));
        Assert.NotNull(await store.FindEntityAsync(Table, "p", "after", null, _ct));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.AddEntityAsync(Table, new TableEntity("p", "late"), waiting.Token));
        Assert.Null(await store.FindEntityAsync(Table, "p", "late", null, _ct));
    }

    [Fact]
    public async Task Disposing_lets_the_running_batch_commit_and_fails_the_writes_still_waiting()
    {
        var path = Path.Combine(_folder, "store.db");
        var store = new SqliteTableStore(path, _clock);
        await store.OpenTableAsync(Table, _ct);

        var first = HoldWriter(store);
        var waiting = new List<Task<ETag>>
        {
            store.AddEntityAsync(Table, new TableEntity("p", "waiting-0"), _ct),
            store.AddEntityAsync(Table, new TableEntity("p", "waiting-1"), _ct),
        };
        var disposing = Task.Run(store.Dispose);

        // Once disposal has begun, a new write fails at once; until then it joins the line.
        var closedBy = DateTime.UtcNow + Deadline;
        while (true)
        {
            var probe = store.AddEntityAsync(Table, new TableEntity("p", $"probe-{waiting.Count}"), _ct);
            if (probe.IsFaulted)
            {
                await Assert.ThrowsAsync<ObjectDisposedException>(() => probe);
                break;
            }

            waiting.Add(probe);
            Assert.True(DateTime.UtcNow < closedBy, "Disposal never began.");
            await Task.Delay(5);
        }

        _clock.Release();
        await disposing.WaitAsync(Deadline);
        await first;
        foreach (var write in waiting)
        {
            await Assert.ThrowsAsync<ObjectDisposedException>(() => write);
        }

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.AddEntityAsync(Table, new TableEntity("p", "after"), _ct));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.FindEntityAsync(Table, "p", "first", null, _ct));

        using var reopened = new SqliteTableStore(path);
        Assert.NotNull(await reopened.FindEntityAsync(Table, "p", "first", null, _ct));
        Assert.Equal(["first"], (await reopened.PageAsync(Table, null, null, null, null, _ct)).Values.Select(e => e.RowKey));
    }

    [Fact]
    public async Task A_file_store_reads_the_last_commit_while_the_writer_is_busy()
    {
        using var store = new SqliteTableStore(Path.Combine(_folder, "store.db"), _clock);
        await store.OpenTableAsync(Table, _ct);
        await store.AddEntityAsync(Table, new TableEntity("p", "existing") { ["N"] = 1 }, _ct);

        var first = HoldWriter(store);
        var existing = await store.FindEntityAsync(Table, "p", "existing", null, _ct).WaitAsync(Deadline);
        Assert.Equal(1, existing!.GetInt32("N"));
        Assert.Null(await store.FindEntityAsync(Table, "p", "first", null, _ct).WaitAsync(Deadline));

        _clock.Release();
        var etag = await first;
        Assert.Equal(etag, (await store.GetAsync(Table, "p", "first", null, _ct)).ETag);
    }

    [Fact]
    public async Task Many_concurrent_callers_mixing_writes_lose_nothing()
    {
        using var store = new SqliteTableStore(Path.Combine(_folder, "store.db"));
        await store.OpenTableAsync(Table, _ct);
        const int Callers = 32;
        const int Rounds = 20;

        var duplicates = await Task.WhenAll(Enumerable.Range(0, Callers).Select(c => Task.Run(async () =>
        {
            var refused = 0;
            for (var i = 0; i < Rounds; i++)
            {
                await store.AddEntityAsync(Table, new TableEntity("markers", $"{c}-{i}"), _ct);
                try
                {
                    // Every caller races for the same marker each round: exactly one wins it.
                    await store.AddEntityAsync(Table, new TableEntity("shared", $"{i}"), _ct);
                }
                catch (RequestFailedException e) when (e.Status == 409)
                {
                    refused++;
                }

                await store.UpsertEntityAsync(Table, new TableEntity("counts", $"{c}") { ["Round"] = i }, TableUpdateMode.Merge, _ct);
            }

            return refused;
        })));

        Assert.Equal(Rounds * (Callers - 1), duplicates.Sum());
        var all = await store.PageAsync(Table, null, null, null, null, _ct);
        Assert.Equal((Callers * Rounds) + Rounds + Callers, all.Values.Count);
        Assert.All(all.Values.Where(e => e.PartitionKey == "counts"), e => Assert.Equal(Rounds - 1, e.GetInt32("Round")));
    }

    private static async Task<(int Status, string? Code)> FailureAsync(Task write)
    {
        var e = await Assert.ThrowsAsync<RequestFailedException>(() => write);
        return (e.Status, e.ErrorCode);
    }

    private async Task<(string? Value, ETag ETag)> ReadAsync(SqliteTableStore store, string rowKey, string property)
    {
        var entity = await store.GetAsync(Table, "p", rowKey, null, _ct);
        return (entity.GetString(property), entity.ETag);
    }

    /// <summary>Starts a write ("first") on another thread and returns once the writer is held inside it.</summary>
    private Task<ETag> HoldWriter(SqliteTableStore store, CancellationToken cancellationToken = default)
    {
        _clock.Arm();
        var first = Task.Run(() => store.AddEntityAsync(Table, new TableEntity("p", "first"), cancellationToken));
        _clock.WaitUntilHeld();
        return first;
    }
}
