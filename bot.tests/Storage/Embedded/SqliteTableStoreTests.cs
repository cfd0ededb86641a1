using System.Text.RegularExpressions;

using Azure;
using Azure.Data.Tables;

using ConnectorBot.Storage;
using ConnectorBot.Storage.Embedded;

namespace ConnectorBot.Tests.Storage.Embedded;

/// <summary>Tables, entity CRUD, status codes, ETags and Timestamps of the embedded store.</summary>
public sealed partial class SqliteTableStoreTests : IDisposable
{
    private const string Table = "Orders";
    private readonly SqliteTableStore _store = SqliteTableStore.InMemory();
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Tables_are_case_insensitive_and_keep_their_case()
    {
        await _store.OpenTableAsync(Table, _ct);
        var again = await _store.OpenTableAsync("orders", _ct);
        await again.AddEntityAsync(new TableEntity("p", "r"), _ct);

        Assert.Equal([Table], await _store.ListTablesAsync(_ct).ToListAsync());
        Assert.NotNull(await (await _store.OpenTableAsync("ORDERS", _ct)).GetEntityIfExistsAsync<TableEntity>("p", "r", cancellationToken: _ct));
    }

    [Fact]
    public async Task Add_returns_an_Azure_shaped_ETag_and_refuses_a_second_add()
    {
        await _store.OpenTableAsync(Table, _ct);
        var etag = await _store.AddEntityAsync(Table, new TableEntity("p", "r") { ["N"] = 1 }, _ct);
        Assert.Matches(ETagShape(), etag.ToString());

        var e = await Assert.ThrowsAsync<RequestFailedException>(() => _store.AddEntityAsync(Table, new TableEntity("p", "r"), _ct));
        Assert.Equal((409, "EntityAlreadyExists"), (e.Status, e.ErrorCode));

        var read = await _store.GetAsync(Table, "p", "r", null, _ct);
        Assert.Equal(etag, read.ETag);
        Assert.Equal(1, read.GetInt32("N"));
        Assert.NotNull(read.Timestamp);
    }

    [Fact]
    public async Task Updates_change_the_ETag_and_a_stale_ETag_is_412()
    {
        await _store.OpenTableAsync(Table, _ct);
        var first = await _store.AddEntityAsync(Table, new TableEntity("p", "r") { ["N"] = 1 }, _ct);
        var second = await _store.UpdateEntityAsync(Table, new TableEntity("p", "r") { ["N"] = 2 }, first, TableUpdateMode.Replace, _ct);
        Assert.NotEqual(first, second);

        var stale = await Assert.ThrowsAsync<RequestFailedException>(
            () => _store.UpdateEntityAsync(Table, new TableEntity("p", "r") { ["N"] = 3 }, first, TableUpdateMode.Merge, _ct));
        Assert.Equal((412, "UpdateConditionNotSatisfied"), (stale.Status, stale.ErrorCode));

        var staleDelete = await Assert.ThrowsAsync<RequestFailedException>(() => _store.DeleteEntityAsync(Table, "p", "r", first, _ct));
        Assert.Equal(412, staleDelete.Status);

        var third = await _store.UpdateEntityAsync(Table, new TableEntity("p", "r") { ["N"] = 4 }, ETag.All, TableUpdateMode.Merge, _ct);
        Assert.NotEqual(second, third);
        Assert.Equal(4, (await _store.GetAsync(Table, "p", "r", null, _ct)).GetInt32("N"));

        await _store.DeleteEntityAsync(Table, "p", "r", third, _ct);
        var gone = await Assert.ThrowsAsync<RequestFailedException>(() => _store.DeleteEntityAsync(Table, "p", "r", ETag.All, _ct));
        Assert.Equal((404, "ResourceNotFound"), (gone.Status, gone.ErrorCode));
    }

    [Fact]
    public async Task Update_of_a_missing_entity_is_404_even_with_ETag_All()
    {
        await _store.OpenTableAsync(Table, _ct);
        var e = await Assert.ThrowsAsync<RequestFailedException>(
            () => _store.UpdateEntityAsync(Table, new TableEntity("p", "r"), ETag.All, TableUpdateMode.Merge, _ct));
        Assert.Equal((404, "ResourceNotFound"), (e.Status, e.ErrorCode));
    }

    [Fact]
    public async Task Merge_keeps_other_properties_and_replace_drops_them()
    {
        await _store.OpenTableAsync(Table, _ct);
        await _store.UpsertEntityAsync(Table, new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" }, TableUpdateMode.Merge, _ct);

        await _store.UpsertEntityAsync(Table, new TableEntity("p", "r") { ["B"] = "b2" }, TableUpdateMode.Merge, _ct);
        var merged = await _store.GetAsync(Table, "p", "r", null, _ct);
        Assert.Equal(("a", "b2"), (merged.GetString("A"), merged.GetString("B")));

        await _store.UpsertEntityAsync(Table, new TableEntity("p", "r") { ["C"] = 3L }, TableUpdateMode.Replace, _ct);
        var replaced = await _store.GetAsync(Table, "p", "r", null, _ct);
        Assert.Equal(["C"], replaced.CustomProperties.Select(p => p.Key));
        Assert.Equal(3L, replaced.GetInt64("C"));
    }

    [Fact]
    public async Task Select_returns_only_the_named_properties_and_the_ETag()
    {
        await _store.OpenTableAsync(Table, _ct);
        var etag = await _store.AddEntityAsync(Table, new TableEntity("p", "r") { ["A"] = 1, ["B"] = 2 }, _ct);

        var read = await _store.GetAsync(Table, "p", "r", ["A", "Missing", "PartitionKey", "RowKey", "Timestamp"], _ct);
        Assert.Equal(etag, read.ETag);
        Assert.Equal(["A"], read.CustomProperties.Select(p => p.Key));
        Assert.Equal(("p", "r"), (read.PartitionKey, read.RowKey));
        Assert.NotNull(read.Timestamp);

        var page = await _store.QueryPageAsync(Table, TableFilter.All, ["B"], 1000, null, _ct);
        Assert.Equal(["B"], Assert.Single(page.Values).Keys.Where(k => k != "odata.etag"));
    }

    [Fact]
    public async Task Timestamps_strictly_increase_even_when_the_clock_stalls_or_goes_back()
    {
        var clock = new SteppingTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var store = SqliteTableStore.InMemory(clock);
        await store.OpenTableAsync(Table, _ct);

        var seen = new List<(DateTimeOffset Timestamp, ETag ETag)>();
        for (var i = 0; i < 5; i++)
        {
            if (i == 3)
            {
                clock.Now = clock.Now.AddHours(-1);
            }

            var etag = await store.UpsertEntityAsync(Table, new TableEntity("p", "r") { ["N"] = i }, TableUpdateMode.Replace, _ct);
            var read = await store.GetAsync(Table, "p", "r", null, _ct);
            Assert.Equal(etag, read.ETag);
            seen.Add((read.Timestamp!.Value, etag));
        }

        Assert.All(seen.Zip(seen.Skip(1)), pair => Assert.True(pair.First.Timestamp < pair.Second.Timestamp));
        Assert.Equal(seen.Count, seen.Select(s => s.ETag).Distinct().Count());
        Assert.Equal(
            "W/\"datetime'2026-01-01T00%3A00%3A00.0000000Z'\"",
            seen[0].ETag.ToString());
    }

    [Fact]
    public async Task Concurrent_writers_all_succeed()
    {
        await _store.OpenTableAsync(Table, _ct);
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(
            () => _store.UpsertEntityAsync(Table, new TableEntity($"p{i % 4}", $"r{i}"), TableUpdateMode.Merge, _ct))));

        var page = await _store.QueryPageAsync(Table, TableFilter.All, null, 1000, null, _ct);
        Assert.Equal(200, page.Values.Count);
        Assert.Equal(200, page.Values.Select(e => e.ETag).Distinct().Count());
    }

    [Fact]
    public async Task A_memory_path_gives_private_in_memory_stores()
    {
        using var first = new SqliteTableStore(":memory:");
        using var second = new SqliteTableStore(":memory:");
        Assert.Equal("memory", first.Endpoint.Scheme);
        await first.OpenTableAsync(Table, _ct);

        Assert.Empty(await second.ListTablesAsync(_ct).ToListAsync());
        Assert.False(File.Exists(":memory:"));
    }

    [Fact]
    public async Task A_file_store_persists_and_keeps_its_clock_across_reopen()
    {
        var folder = Path.Combine(Path.GetTempPath(), "embedded-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "nested", "store.db");
        var clock = new SteppingTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        try
        {
            ETag before;
            using (var store = new SqliteTableStore(path, clock))
            {
                Assert.Equal("file", store.Endpoint.Scheme);
                await store.OpenTableAsync(Table, _ct);
                before = await store.AddEntityAsync(Table, new TableEntity("p", "r") { ["N"] = 1 }, _ct);
            }

            clock.Now = clock.Now.AddDays(-1);
            using (var store = new SqliteTableStore(path, clock))
            {
                var read = await store.GetAsync(Table, "p", "r", null, _ct);
                Assert.Equal((before, 1), (read.ETag, read.GetInt32("N")));
                await store.AddEntityAsync(Table, new TableEntity("p", "r2"), _ct);
                var later = await store.GetAsync(Table, "p", "r2", null, _ct);
                Assert.True(later.Timestamp > read.Timestamp);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex("""^W/"datetime'\d{4}-\d{2}-\d{2}T\d{2}%3A\d{2}%3A\d{2}\.\d{7}Z'"$""")]
    private static partial Regex ETagShape();
}
