using Azure;
using Azure.Data.Tables;

using ConnectorBot.Storage;
using ConnectorBot.Storage.Embedded;

namespace ConnectorBot.Tests.Storage.Embedded;

/// <summary>Queries of the embedded store: order, paging, continuation tokens, filters pushed into SQL.</summary>
public sealed class SqliteTableStorePagingTests : IDisposable
{
    private const string Table = "Orders";
    private readonly SqliteTableStore _store = SqliteTableStore.InMemory();
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Paging_2500_entities_by_1000_gives_three_pages_in_order_without_duplicates()
    {
        var table = await _store.OpenTableAsync(Table, _ct);
        for (var batch = 0; batch < 25; batch++)
        {
            var partition = $"p{batch % 5}";
            await table.SubmitTransactionAsync(
                Enumerable.Range(0, 100).Select(i => new TableTransactionAction(
                    TableTransactionActionType.Add,
                    new TableEntity(partition, $"r{batch:D2}-{i:D3}"))),
                _ct);
        }

        var pages = new List<StorePage<TableEntity>>();
        string? token = null;
        do
        {
            var page = await _store.PageAsync(Table, null, null, 1000, token, _ct);
            pages.Add(page);
            token = page.ContinuationToken;
        }
        while (token is not null);

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
        await _store.OpenTableAsync(Table, _ct);
        for (var i = 0; i < 4; i++)
        {
            await _store.AddEntityAsync(Table, new TableEntity("p", $"r{i}"), _ct);
        }

        var first = await _store.PageAsync(Table, null, null, 2, null, _ct);
        var second = await _store.PageAsync(Table, null, null, 2, first.ContinuationToken, _ct);
        Assert.Equal(["r0", "r1", "r2", "r3"], first.Values.Concat(second.Values).Select(e => e.RowKey));
        Assert.NotNull(first.ContinuationToken);
        Assert.Null(second.ContinuationToken);
    }

    [Fact]
    public async Task A_rare_filter_still_pages_correctly()
    {
        await _store.OpenTableAsync(Table, _ct);
        var actions = Enumerable.Range(0, 100)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"r{i:D3}") { ["Hit"] = i % 40 == 7 }))
            .ToList();
        await _store.SubmitTransactionAsync(Table, actions, _ct);

        var first = await _store.PageAsync(Table, TableFilter.Where("Hit", true), null, 2, null, _ct);
        var second = await _store.PageAsync(Table, TableFilter.Where("Hit", true), null, 2, first.ContinuationToken, _ct);
        Assert.Equal(["r007", "r047"], first.Values.Select(e => e.RowKey));
        Assert.Equal(["r087"], second.Values.Select(e => e.RowKey));
        Assert.Null(second.ContinuationToken);
    }

    [Fact]
    public async Task Partition_filters_return_only_that_partition()
    {
        await _store.OpenTableAsync(Table, _ct);
        foreach (var pk in new[] { "a", "b", "c" })
        {
            await _store.AddEntityAsync(Table, new TableEntity(pk, "1"), _ct);
            await _store.AddEntityAsync(Table, new TableEntity(pk, "2"), _ct);
        }

        var b = await _store.PageAsync(Table, TableFilter.Partition("b").Rows("2", "3"), null, null, null, _ct);
        Assert.Equal([("b", "2")], b.Values.Select(e => (e.PartitionKey, e.RowKey)));
        var range = await _store.PageAsync(Table, TableFilter.Partitions("b", "c"), null, null, null, _ct);
        Assert.Equal(["1", "2"], range.Values.Select(e => e.RowKey));
    }

    [Fact]
    public async Task Keys_sort_by_UTF_16_code_unit()
    {
        await _store.OpenTableAsync(Table, _ct);
        string[] rowKeys = ["\uFF01", "a", "\U0001F600", "B"];
        foreach (var rowKey in rowKeys)
        {
            await _store.AddEntityAsync(Table, new TableEntity("p", rowKey), _ct);
        }

        var page = await _store.PageAsync(Table, null, null, null, null, _ct);
        Assert.Equal(rowKeys.Order(StringComparer.Ordinal), page.Values.Select(e => e.RowKey));
    }

    [Fact]
    public async Task Tables_list_in_ordinal_order()
    {
        foreach (var name in new[] { "Gamma", "alpha", "Beta", "delta" })
        {
            await _store.OpenTableAsync(name, _ct);
        }

        Assert.Equal(["Beta", "Gamma", "alpha", "delta"], await _store.ListTablesAsync(_ct).ToListAsync());
    }

    [Fact]
    public async Task A_foreign_continuation_token_is_400()
    {
        await _store.OpenTableAsync(Table, _ct);
        var e = await Assert.ThrowsAsync<RequestFailedException>(() => _store.PageAsync(Table, null, null, null, "not a token!", _ct));
        Assert.Equal((400, "InvalidInput"), (e.Status, e.ErrorCode));
    }
}
