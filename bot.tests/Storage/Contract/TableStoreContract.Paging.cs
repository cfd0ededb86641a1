using Azure.Data.Tables;

using ConnectorBot.Storage;

namespace ConnectorBot.Tests.Storage.Contract;

public abstract partial class TableStoreContract
{
    [Fact]
    public async Task Query_of_thousands_of_entities_yields_each_once_in_key_order_whatever_the_page_size()
    {
        var table = await NewTableAsync();
        var expected = await FillLargeTableAsync(table);

        var all = await ToListAsync(table.QueryAsync<TableEntity>());
        Assert.Equal(expected, all.Select(e => (e.PartitionKey, e.RowKey)));

        // Small pages, and a page size above the service's 1,000 (clamped), give the same rows.
        var small = await ToListAsync(table.QueryAsync<TableEntity>(maxPerPage: 300));
        Assert.Equal(expected, small.Select(e => (e.PartitionKey, e.RowKey)));
        var big = await ToListAsync(table.QueryAsync<TableEntity>(maxPerPage: 5000));
        Assert.Equal(expected, big.Select(e => (e.PartitionKey, e.RowKey)));
    }

    [Fact]
    public async Task Query_with_a_sparse_filter_and_select_over_thousands_of_entities_finds_every_match()
    {
        var table = await NewTableAsync();
        var expected = await FillLargeTableAsync(table);

        // Needles sit at the start, the middle, across the page boundaries and at the very end.
        var needles = await ToListAsync(table.QueryAsync<TableEntity>(TableFilter.Where("Tag", "needle"), maxPerPage: 100));
        Assert.Equal(NeedleIndexes.Select(i => expected[i]), needles.Select(e => (e.PartitionKey, e.RowKey)));
        Assert.All(needles, n => Assert.Equal("needle", n.GetString("Tag")));

        var range = await ToListAsync(table.QueryAsync<TableEntity>(TableFilter.All.AndAtLeast("N", LargeTableSize - 10)));
        Assert.Equal(Enumerable.Range(LargeTableSize - 10, 10), range.Select(e => e.GetInt32("N")!.Value).Order());

        var selected = await ToListAsync(table.QueryAsync<TableEntity>(select: ["N"]));
        Assert.Equal(LargeTableSize, selected.Count);
        Assert.All(selected, e =>
        {
            Assert.NotNull(e.GetInt32("N"));
            Assert.False(e.ContainsKey("Tag"));
            Assert.False(e.ContainsKey("Payload"));
            Assert.False(string.IsNullOrEmpty(e.PartitionKey));
            Assert.False(string.IsNullOrEmpty(e.RowKey));
        });
    }

    [Fact]
    public async Task Query_with_select_returns_only_the_selected_properties_and_omits_missing_ones()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "1") { ["A"] = "a1", ["B"] = 1, ["C"] = 1.5 });
        await table.AddEntityAsync(new TableEntity("p", "2") { ["B"] = 2, ["C"] = 2.5 });

        var rows = await ToListAsync(table.QueryAsync<TableEntity>(select: ["A", "B"]));

        Assert.Equal(["1", "2"], rows.Select(r => r.RowKey));
        Assert.Equal(["A", "B"], rows[0].CustomProperties.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["B"], rows[1].CustomProperties.Select(p => p.Key));
        Assert.All(rows, r => Assert.NotEqual(default, r.ETag));
    }

    [Fact]
    public async Task Query_of_an_empty_table_yields_nothing()
    {
        var table = await NewTableAsync();

        Assert.Empty(await ToListAsync(table.QueryAsync<TableEntity>()));
        Assert.Empty(await ToListAsync(table.QueryAsync<TableEntity>(TableFilter.Partition("p"))));
    }

    [Fact]
    public async Task Query_of_typed_entities_maps_every_row()
    {
        var table = await NewTableAsync();
        for (var i = 0; i < 5; i++)
        {
            await table.AddEntityAsync(new TypedContractEntity
            {
                PartitionKey = "p",
                RowKey = $"r{i}",
                Small = i,
                Mood = (ContractMood)(i % 3),
                When = DateTimeOffset.UnixEpoch,
                WhenUtc = DateTime.UnixEpoch,
            });
        }

        var rows = await ToListAsync(table.QueryAsync<TypedContractEntity>(TableFilter.Where("Mood", ContractMood.Busy)));

        Assert.Equal([1, 4], rows.Select(r => r.Small));
        Assert.All(rows, r => Assert.Equal(ContractMood.Busy, r.Mood));
    }
}
