using System.Text.RegularExpressions;

using Azure;

using ConnectorBot.Storage;
using ConnectorBot.Storage.Embedded;

namespace ConnectorBot.Tests.Storage.Embedded;

public sealed partial class SqliteTableStoreTests : IDisposable
{
    private const string Table = "Orders";
    private readonly SqliteTableStore _store = SqliteTableStore.InMemory();
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Tables_are_case_insensitive_and_keep_their_case()
    {
        await _store.CreateTableAsync(Table, _ct);
        var duplicate = await Assert.ThrowsAsync<RequestFailedException>(() => _store.CreateTableAsync("orders", _ct));
        Assert.Equal((409, "TableAlreadyExists"), (duplicate.Status, duplicate.ErrorCode));

        var page = await _store.QueryTablesAsync(null, null, null, _ct);
        Assert.Equal([new TableItem(Table)], page.Values);

        await _store.DeleteTableAsync("ORDERS", _ct);
        var missing = await Assert.ThrowsAsync<RequestFailedException>(() => _store.DeleteTableAsync(Table, _ct));
        Assert.Equal((404, "ResourceNotFound"), (missing.Status, missing.ErrorCode));
    }

    [Fact]
    public async Task Every_entity_operation_on_a_missing_table_is_404_TableNotFound()
    {
        var entity = new TableEntity("p", "r");
        var operations = new Func<Task>[]
        {
            () => _store.AddEntityAsync("Nope", entity, _ct),
            () => _store.GetEntityAsync("Nope", "p", "r", null, _ct),
            () => _store.UpsertEntityAsync("Nope", entity, TableUpdateMode.Merge, _ct),
            () => _store.UpdateEntityAsync("Nope", entity, ETag.All, TableUpdateMode.Replace, _ct),
            () => _store.DeleteEntityAsync("Nope", "p", "r", ETag.All, _ct),
            () => _store.QueryEntitiesAsync("Nope", null, null, null, null, _ct),
        };
        foreach (var operation in operations)
        {
            var e = await Assert.ThrowsAsync<RequestFailedException>(operation);
            Assert.Equal((404, "TableNotFound"), (e.Status, e.ErrorCode));
        }

        var failed = await Assert.ThrowsAsync<TableTransactionFailedException>(
            () => _store.SubmitTransactionAsync("Nope", [new TableTransactionAction(TableTransactionActionType.Add, entity)], _ct));
        Assert.Equal((404, "TableNotFound", 0), (failed.Status, failed.ErrorCode, failed.FailedTransactionActionIndex));
    }

    [Fact]
    public async Task Add_returns_an_Azure_shaped_ETag_and_refuses_a_second_add()
    {
        await _store.CreateTableAsync(Table, _ct);
        var etag = await _store.AddEntityAsync(Table, new TableEntity("p", "r") { ["N"] = 1 }, _ct);
        Assert.Matches(ETagShape(), etag.ToString());

        var e = await Assert.ThrowsAsync<RequestFailedException>(() => _store.AddEntityAsync(Table, new TableEntity("p", "r"), _ct));
        Assert.Equal((409, "EntityAlreadyExists"), (e.Status, e.ErrorCode));

        var read = await _store.GetEntityAsync(Table, "p", "r", null, _ct);
        Assert.Equal(etag, read.ETag);
        Assert.Equal(1, read.GetInt32("N"));
        Assert.NotNull(read.Timestamp);
    }

    [Fact]
    public async Task Get_of_a_missing_entity_is_404_ResourceNotFound()
    {
        await _store.CreateTableAsync(Table, _ct);
        var e = await Assert.ThrowsAsync<RequestFailedException>(() => _store.GetEntityAsync(Table, "p", "r", null, _ct));
        Assert.Equal((404, "ResourceNotFound"), (e.Status, e.ErrorCode));
    }

    [Fact]
    public async Task Updates_change_the_ETag_and_a_stale_ETag_is_412()
    {
        await _store.CreateTableAsync(Table, _ct);
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
        Assert.Equal(4, (await _store.GetEntityAsync(Table, "p", "r", null, _ct)).GetInt32("N"));

        await _store.DeleteEntityAsync(Table, "p", "r", third, _ct);
        var gone = await Assert.ThrowsAsync<RequestFailedException>(() => _store.DeleteEntityAsync(Table, "p", "r", ETag.All, _ct));
        Assert.Equal((404, "ResourceNotFound"), (gone.Status, gone.ErrorCode));
    }

    [Fact]
    public async Task Update_of_a_missing_entity_is_404_even_with_ETag_All()
    {
        await _store.CreateTableAsync(Table, _ct);
        var e = await Assert.ThrowsAsync<RequestFailedException>(
            () => _store.UpdateEntityAsync(Table, new TableEntity("p", "r"), ETag.All, TableUpdateMode.Merge, _ct));
        Assert.Equal((404, "ResourceNotFound"), (e.Status, e.ErrorCode));
    }

    [Fact]
    public async Task Merge_keeps_other_properties_and_replace_drops_them()
    {
        await _store.CreateTableAsync(Table, _ct);
        await _store.UpsertEntityAsync(Table, new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" }, TableUpdateMode.Merge, _ct);

        await _store.UpsertEntityAsync(Table, new TableEntity("p", "r") { ["B"] = "b2" }, TableUpdateMode.Merge, _ct);
        var merged = await _store.GetEntityAsync(Table, "p", "r", null, _ct);
        Assert.Equal(("a", "b2"), (merged.GetString("A"), merged.GetString("B")));

        await _store.UpsertEntityAsync(Table, new TableEntity("p", "r") { ["C"] = 3L }, TableUpdateMode.Replace, _ct);
        var replaced = await _store.GetEntityAsync(Table, "p", "r", null, _ct);
        Assert.Equal(["C"], replaced.CustomProperties.Select(p => p.Key));
        Assert.Equal(3L, replaced.GetInt64("C"));
    }

    [Fact]
    public async Task Select_returns_only_the_named_properties_and_the_ETag()
    {
        await _store.CreateTableAsync(Table, _ct);
        var etag = await _store.AddEntityAsync(Table, new TableEntity("p", "r") { ["A"] = 1, ["B"] = 2 }, _ct);

        var read = await _store.GetEntityAsync(Table, "p", "r", ["A", "Missing", "PartitionKey", "RowKey", "Timestamp"], _ct);
        Assert.Equal(etag, read.ETag);
        Assert.Equal(["A"], read.CustomProperties.Select(p => p.Key));
        Assert.Equal(("p", "r"), (read.PartitionKey, read.RowKey));
        Assert.NotNull(read.Timestamp);

        var page = await _store.QueryEntitiesAsync(Table, null, ["B"], null, null, _ct);
        Assert.Equal(["B"], Assert.Single(page.Values).Keys.Where(k => k != "odata.etag"));
    }

    [Fact]
    public async Task Timestamps_strictly_increase_even_when_the_clock_stalls_or_goes_back()
    {
        var clock = new SteppingTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var store = SqliteTableStore.InMemory(clock);
        await store.CreateTableAsync(Table, _ct);

        var seen = new List<(DateTimeOffset Timestamp, ETag ETag)>();
        for (var i = 0; i < 5; i++)
        {
            if (i == 3)
            {
                clock.Now = clock.Now.AddHours(-1);
            }

            var etag = await store.UpsertEntityAsync(Table, new TableEntity("p", "r") { ["N"] = i }, TableUpdateMode.Replace, _ct);
            var read = await store.GetEntityAsync(Table, "p", "r", null, _ct);
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
    public async Task A_failed_transaction_rolls_back_and_names_the_failing_action()
    {
        await _store.CreateTableAsync(Table, _ct);
        var existing = await _store.AddEntityAsync(Table, new TableEntity("p", "taken") { ["V"] = "old" }, _ct);

        var failed = await Assert.ThrowsAsync<TableTransactionFailedException>(() => _store.SubmitTransactionAsync(
            Table,
            [
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "new")),
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("p", "taken") { ["V"] = "new" }),
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "taken2")),
                new TableTransactionAction(TableTransactionActionType.UpdateMerge, new TableEntity("p", "taken"), existing),
            ],
            _ct));
        Assert.Equal((412, "UpdateConditionNotSatisfied", 3), (failed.Status, failed.ErrorCode, failed.FailedTransactionActionIndex));
        Assert.StartsWith("3:", failed.Message, StringComparison.Ordinal);

        var page = await _store.QueryEntitiesAsync(Table, null, null, null, null, _ct);
        var only = Assert.Single(page.Values);
        Assert.Equal(("taken", "old", existing), (only.RowKey, only.GetString("V"), only.ETag));
    }

    [Theory]
    [InlineData(TableTransactionActionType.Add, "taken", 409, "EntityAlreadyExists")]
    [InlineData(TableTransactionActionType.Delete, "missing", 404, "ResourceNotFound")]
    public async Task Transaction_failures_carry_the_single_operation_codes(TableTransactionActionType type, string rowKey, int status, string code)
    {
        await _store.CreateTableAsync(Table, _ct);
        await _store.AddEntityAsync(Table, new TableEntity("p", "taken"), _ct);

        var failed = await Assert.ThrowsAsync<TableTransactionFailedException>(() => _store.SubmitTransactionAsync(
            Table,
            [
                new TableTransactionAction(TableTransactionActionType.UpsertMerge, new TableEntity("p", "a")),
                new TableTransactionAction(type, new TableEntity("p", rowKey), type == TableTransactionActionType.Delete ? ETag.All : default),
            ],
            _ct));
        Assert.Equal((status, code, 1), (failed.Status, failed.ErrorCode, failed.FailedTransactionActionIndex));
        await Assert.ThrowsAsync<RequestFailedException>(() => _store.GetEntityAsync(Table, "p", "a", null, _ct));
    }

    [Fact]
    public async Task A_transaction_returns_each_ETag_and_null_for_deletes()
    {
        await _store.CreateTableAsync(Table, _ct);
        var old = await _store.AddEntityAsync(Table, new TableEntity("p", "old"), _ct);
        await _store.AddEntityAsync(Table, new TableEntity("p", "doomed"), _ct);

        var etags = await _store.SubmitTransactionAsync(
            Table,
            [
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "a")),
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, new TableEntity("p", "old") { ["X"] = 1 }, old),
                new TableTransactionAction(TableTransactionActionType.UpdateMerge, new TableEntity("p", "upserted")),
                new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity("p", "doomed"), ETag.All),
            ],
            _ct);

        Assert.Equal(4, etags.Count);
        Assert.Null(etags[3]);
        Assert.Equal(etags[0], (await _store.GetEntityAsync(Table, "p", "a", null, _ct)).ETag);
        Assert.Equal(etags[1], (await _store.GetEntityAsync(Table, "p", "old", null, _ct)).ETag);
        Assert.Equal(etags[2], (await _store.GetEntityAsync(Table, "p", "upserted", null, _ct)).ETag);
        Assert.Equal(3, etags.Take(3).Distinct().Count());
    }

    [Fact]
    public async Task Paging_2500_entities_by_1000_gives_three_pages_in_order_without_duplicates()
    {
        var client = new TableClient(_store, Table);
        await client.CreateAsync(_ct);
        for (var batch = 0; batch < 25; batch++)
        {
            var partition = $"p{batch % 5}";
            await client.SubmitTransactionAsync(
                Enumerable.Range(0, 100).Select(i => new TableTransactionAction(
                    TableTransactionActionType.Add,
                    new TableEntity(partition, $"r{batch:D2}-{i:D3}"))),
                _ct);
        }

        var pages = new List<Page<TableEntity>>();
        await foreach (var page in client.QueryAsync<TableEntity>(maxPerPage: 1000, cancellationToken: _ct).AsPages())
        {
            pages.Add(page);
        }

        Assert.Equal([1000, 1000, 500], pages.Select(p => p.Values.Count));
        Assert.Null(pages[^1].ContinuationToken);
        Assert.All(pages.Take(2), p => Assert.DoesNotContain(' ', p.ContinuationToken!));
        var keys = pages.SelectMany(p => p.Values).Select(e => (e.PartitionKey, e.RowKey)).ToList();
        Assert.Equal(2500, keys.Distinct().Count());
        Assert.Equal(keys.OrderBy(k => k.PartitionKey, StringComparer.Ordinal).ThenBy(k => k.RowKey, StringComparer.Ordinal), keys);
    }

    [Fact]
    public async Task A_full_last_page_gives_no_continuation_token()
    {
        await _store.CreateTableAsync(Table, _ct);
        for (var i = 0; i < 4; i++)
        {
            await _store.AddEntityAsync(Table, new TableEntity("p", $"r{i}"), _ct);
        }

        var first = await _store.QueryEntitiesAsync(Table, null, null, 2, null, _ct);
        var second = await _store.QueryEntitiesAsync(Table, null, null, 2, first.ContinuationToken, _ct);
        Assert.Equal(["r0", "r1", "r2", "r3"], first.Values.Concat(second.Values).Select(e => e.RowKey));
        Assert.NotNull(first.ContinuationToken);
        Assert.Null(second.ContinuationToken);
    }

    [Fact]
    public async Task A_rare_filter_still_pages_correctly()
    {
        await _store.CreateTableAsync(Table, _ct);
        var actions = Enumerable.Range(0, 100)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"r{i:D3}") { ["Hit"] = i % 40 == 7 }))
            .ToList();
        await _store.SubmitTransactionAsync(Table, actions, _ct);

        var first = await _store.QueryEntitiesAsync(Table, "Hit eq true", null, 2, null, _ct);
        var second = await _store.QueryEntitiesAsync(Table, "Hit eq true", null, 2, first.ContinuationToken, _ct);
        Assert.Equal(["r007", "r047"], first.Values.Select(e => e.RowKey));
        Assert.Equal(["r087"], second.Values.Select(e => e.RowKey));
        Assert.Null(second.ContinuationToken);
    }

    [Fact]
    public async Task Partition_filters_return_only_that_partition()
    {
        await _store.CreateTableAsync(Table, _ct);
        foreach (var pk in new[] { "a", "b", "c" })
        {
            await _store.AddEntityAsync(Table, new TableEntity(pk, "1"), _ct);
            await _store.AddEntityAsync(Table, new TableEntity(pk, "2"), _ct);
        }

        var b = await _store.QueryEntitiesAsync(Table, "PartitionKey eq 'b' and RowKey ge '2'", null, null, null, _ct);
        Assert.Equal([("b", "2")], b.Values.Select(e => (e.PartitionKey, e.RowKey)));
        var range = await _store.QueryEntitiesAsync(Table, "PartitionKey gt 'a' and PartitionKey lt 'c'", null, null, null, _ct);
        Assert.Equal(["1", "2"], range.Values.Select(e => e.RowKey));
    }

    [Fact]
    public async Task Keys_sort_by_UTF16_code_unit()
    {
        await _store.CreateTableAsync(Table, _ct);
        string[] rowKeys = ["\uFF01", "a", "\U0001F600", "B"];
        foreach (var rowKey in rowKeys)
        {
            await _store.AddEntityAsync(Table, new TableEntity("p", rowKey), _ct);
        }

        var page = await _store.QueryEntitiesAsync(Table, null, null, null, null, _ct);
        Assert.Equal(rowKeys.Order(StringComparer.Ordinal), page.Values.Select(e => e.RowKey));
    }

    [Theory]
    [InlineData("bad-name", "PropertyNameInvalid")]
    [InlineData("1st", "PropertyNameInvalid")]
    [InlineData("TooLongString", "PropertyValueTooLarge")]
    [InlineData("TooLongBinary", "PropertyValueTooLarge")]
    public async Task Invalid_properties_are_400_with_the_service_code(string property, string code)
    {
        await _store.CreateTableAsync(Table, _ct);
        object value = property switch
        {
            "TooLongString" => new string('s', (32 * 1024) + 1),
            "TooLongBinary" => new byte[(64 * 1024) + 1],
            _ => "personal-value",
        };
        var e = await Assert.ThrowsAsync<RequestFailedException>(
            () => _store.AddEntityAsync(Table, new TableEntity("p", "r") { [property] = value }, _ct));
        Assert.Equal((400, code), (e.Status, e.ErrorCode));
        Assert.DoesNotContain("personal-value", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_at_the_limits_are_accepted()
    {
        await _store.CreateTableAsync(Table, _ct);
        var entity = new TableEntity("p", "r") { ["S"] = new string('s', 32 * 1024), ["B"] = new byte[64 * 1024] };
        for (var i = 0; i < 250; i++)
        {
            entity[$"P{i}"] = i;
        }

        await _store.AddEntityAsync(Table, entity, _ct);
        Assert.Equal(252, (await _store.GetEntityAsync(Table, "p", "r", null, _ct)).CustomProperties.Count());
    }

    [Fact]
    public async Task Too_many_properties_are_refused_also_when_a_merge_adds_them()
    {
        await _store.CreateTableAsync(Table, _ct);
        var half = new TableEntity("p", "r");
        var otherHalf = new TableEntity("p", "r");
        for (var i = 0; i < 130; i++)
        {
            half[$"A{i}"] = i;
            otherHalf[$"B{i}"] = i;
        }

        await _store.AddEntityAsync(Table, half, _ct);
        var e = await Assert.ThrowsAsync<RequestFailedException>(() => _store.UpsertEntityAsync(Table, otherHalf, TableUpdateMode.Merge, _ct));
        Assert.Equal((400, "TooManyProperties"), (e.Status, e.ErrorCode));
    }

    [Fact]
    public async Task Entities_over_one_MiB_are_EntityTooLarge()
    {
        await _store.CreateTableAsync(Table, _ct);
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < 33; i++)
        {
            entity[$"S{i}"] = new string('x', 32 * 1024);
        }

        var e = await Assert.ThrowsAsync<RequestFailedException>(() => _store.AddEntityAsync(Table, entity, _ct));
        Assert.Equal((400, "EntityTooLarge"), (e.Status, e.ErrorCode));
    }

    [Fact]
    public async Task Table_queries_filter_and_page()
    {
        foreach (var name in new[] { "Gamma", "alpha", "Beta", "delta" })
        {
            await _store.CreateTableAsync(name, _ct);
        }

        var first = await _store.QueryTablesAsync("TableName ne 'delta'", 2, null, _ct);
        var second = await _store.QueryTablesAsync("TableName ne 'delta'", 2, first.ContinuationToken, _ct);
        Assert.Equal(["Beta", "Gamma", "alpha"], first.Values.Concat(second.Values).Select(t => t.Name));
        Assert.Null(second.ContinuationToken);
    }

    [Fact]
    public async Task Concurrent_writers_all_succeed()
    {
        await _store.CreateTableAsync(Table, _ct);
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(
            () => _store.UpsertEntityAsync(Table, new TableEntity($"p{i % 4}", $"r{i}"), TableUpdateMode.Merge, _ct))));

        var page = await _store.QueryEntitiesAsync(Table, null, null, null, null, _ct);
        Assert.Equal(200, page.Values.Count);
        Assert.Equal(200, page.Values.Select(e => e.ETag).Distinct().Count());
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
                Assert.Equal("file", store.Uri.Scheme);
                await store.CreateTableAsync(Table, _ct);
                before = await store.AddEntityAsync(Table, new TableEntity("p", "r") { ["N"] = 1 }, _ct);
            }

            clock.Now = clock.Now.AddDays(-1);
            using (var store = new SqliteTableStore(path, clock))
            {
                var read = await store.GetEntityAsync(Table, "p", "r", null, _ct);
                Assert.Equal((before, 1), (read.ETag, read.GetInt32("N")));
                await store.AddEntityAsync(Table, new TableEntity("p", "r2"), _ct);
                var later = await store.GetEntityAsync(Table, "p", "r2", null, _ct);
                Assert.True(later.Timestamp > read.Timestamp);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_foreign_continuation_token_is_400()
    {
        await _store.CreateTableAsync(Table, _ct);
        var e = await Assert.ThrowsAsync<RequestFailedException>(() => _store.QueryEntitiesAsync(Table, null, null, null, "not a token!", _ct));
        Assert.Equal((400, "InvalidInput"), (e.Status, e.ErrorCode));
    }

    [GeneratedRegex("""^W/"datetime'\d{4}-\d{2}-\d{2}T\d{2}%3A\d{2}%3A\d{2}\.\d{7}Z'"$""")]
    private static partial Regex ETagShape();
}
