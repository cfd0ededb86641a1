using Azure.Data.Tables;

using ConnectorBot.Storage;

namespace ConnectorBot.Tests.Storage.Contract;

public abstract partial class TableStoreContract
{
    [Fact]
    public async Task Filters_on_every_value_type_select_exactly_the_matching_rows()
    {
        var table = await NewTableAsync();
        var day = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(1_234_567);
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        var names = new[] { "O'Brien", "plain", "it''s", "'" };
        for (var i = 0; i < 4; i++)
        {
            await table.AddEntityAsync(new TableEntity("p", $"r{i}")
            {
                ["Name"] = names[i],
                ["Small"] = i * 10,
                ["Big"] = 5_000_000_000L + i,
                ["Ratio"] = i + 0.5,
                ["Flag"] = i % 2 == 0,
                ["When"] = day.AddDays(i),
                ["Id"] = ids[i],
            });
        }

        Assert.Equal(["r0"], await RowKeysAsync(table, TableFilter.Where("Name", "O'Brien")));
        Assert.Equal(["r2"], await RowKeysAsync(table, TableFilter.Where("Name", "it''s")));
        Assert.Equal(["r3"], await RowKeysAsync(table, TableFilter.Where("Name", "'")));
        Assert.Equal(["r2", "r3"], await RowKeysAsync(table, TableFilter.All.AndAtLeast("Small", 20)));
        Assert.Equal(["r1"], await RowKeysAsync(table, TableFilter.Where("Big", 5_000_000_001L)));
        Assert.Equal(["r0", "r1"], await RowKeysAsync(table, TableFilter.All.And("Big", Comparison.Below, 5_000_000_002L)));
        Assert.Equal(["r3"], await RowKeysAsync(table, TableFilter.All.AndAtLeast("Ratio", 3.0)));
        Assert.Equal(["r1"], await RowKeysAsync(table, TableFilter.Where("Ratio", 1.5)));
        Assert.Equal(["r0", "r2"], await RowKeysAsync(table, TableFilter.Where("Flag", true)));
        Assert.Equal(["r1", "r3"], await RowKeysAsync(table, TableFilter.Where("Flag", false)));
        Assert.Equal(["r2", "r3"], await RowKeysAsync(table, TableFilter.All.AndAtLeast("When", day.AddDays(2))));
        Assert.Equal(["r1"], await RowKeysAsync(table, TableFilter.Where("When", day.AddDays(1))));
        Assert.Equal(["r0"], await RowKeysAsync(table, TableFilter.All.And("When", Comparison.Below, day.AddDays(1))));
        Assert.Equal(["r2"], await RowKeysAsync(table, TableFilter.Where("Id", ids[2])));
        Assert.Equal(["r0"], await RowKeysAsync(table, TableFilter.Where("Name", "O'Brien").And("Small", 0)));
        Assert.Empty(await RowKeysAsync(table, TableFilter.Where("Name", "O'Brien").And("Small", 10)));
    }

    [Fact]
    public async Task Filters_skip_entities_that_lack_the_property()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "has") { ["V"] = "y" });
        await table.AddEntityAsync(new TableEntity("p", "lacks"));

        Assert.Equal(["has"], await RowKeysAsync(table, TableFilter.All.AndAtLeast("V", "a")));
        Assert.Empty(await RowKeysAsync(table, TableFilter.Where("V", "x")));
    }

    [Fact]
    public async Task Filters_that_look_like_injection_stay_literals()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "a") { ["Name"] = "x" });
        await table.AddEntityAsync(new TableEntity("p", "b") { ["Name"] = "x' or Name ne 'x" });
        await table.AddEntityAsync(new TableEntity("p' or PartitionKey ne 'p", "c") { ["Name"] = "x" });

        Assert.Equal(["b"], await RowKeysAsync(table, TableFilter.Where("Name", "x' or Name ne 'x")));
        Assert.Equal(["c"], await RowKeysAsync(table, TableFilter.Partition("p' or PartitionKey ne 'p")));
        Assert.Throws<ArgumentException>(() => TableFilter.Where("Name eq 'x' or Name", "x"));
        Assert.Throws<ArgumentException>(() => TableFilter.Where("PartitionKey", "p"));
    }

    [Fact]
    public async Task Filters_on_partition_key_and_row_key_ranges()
    {
        var table = await NewTableAsync();
        foreach (var pk in new[] { "a", "b", "b|1", "b|2", "b}", "c" })
        {
            foreach (var rk in new[] { "1", "2", "3", "4" })
            {
                await table.AddEntityAsync(new TableEntity(pk, rk) { ["N"] = int.Parse(rk, System.Globalization.CultureInfo.InvariantCulture) });
            }
        }

        async Task<List<string>> KeysAsync(TableFilter filter) =>
            (await ToListAsync(table.QueryAsync<TableEntity>(filter))).Select(e => e.PartitionKey + "/" + e.RowKey).ToList();

        Assert.Equal(["b/1", "b/2", "b/3", "b/4"], await KeysAsync(TableFilter.Partition("b")));
        Assert.Equal(["b/2", "b/3"], await KeysAsync(TableFilter.Partition("b").Rows("2", "4")));
        Assert.Equal(["b|1/3", "b|2/3"], await KeysAsync(TableFilter.Partitions("b|", "b}").And("N", 3)));
        Assert.Equal(["b|1/4", "b|2/4"], await KeysAsync(TableFilter.Partitions("b|", "b}").AndAtLeast("N", 4)));
        Assert.Equal(["a/1", "b/1", "b|1/1", "b|2/1", "b}/1", "c/1"], await KeysAsync(TableFilter.Where("N", 1)));
        Assert.Empty(await KeysAsync(TableFilter.Partition("z")));
        Assert.Equal(24, (await KeysAsync(TableFilter.All)).Count);
    }

    [Fact]
    public async Task Filter_with_an_int_32_value_does_not_match_an_int_64_property()
    {
        // The service compares typed values: "the constant value must be of the same data type as the
        // property". Big eq 2 finds nothing when Big is Int64; Big eq 2L finds it.
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "long") { ["Big"] = 2L });

        Assert.Empty(await RowKeysAsync(table, TableFilter.Where("Big", 2)));
        Assert.Equal(["long"], await RowKeysAsync(table, TableFilter.Where("Big", 2L)));
    }
}
