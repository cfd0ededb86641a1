using Azure.Data.Tables;

namespace ConnectorBot.Tests.Storage.Contract;

public abstract partial class TableStoreContract
{
    [Fact]
    public async Task Add_entity_returns_the_ETag_get_returns_the_same()
    {
        var table = await NewTableAsync();

        var etag = await table.AddEntityAsync(new TableEntity("p", "r") { ["Name"] = "Ada" });
        var read = await GetAsync<TableEntity>(table, "p", "r");

        Assert.NotEqual(default, etag);
        Assert.Equal(etag, read.ETag);
        Assert.Equal("p", read.PartitionKey);
        Assert.Equal("r", read.RowKey);
        Assert.Equal("Ada", read.GetString("Name"));
        Assert.NotNull(read.Timestamp);
        Assert.Equal(TimeSpan.Zero, read.Timestamp!.Value.Offset);
    }

    [Fact]
    public async Task Add_entity_existing_is_409_entity_already_exists_and_keeps_the_first()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });

        await AssertFailsAsync(409, "EntityAlreadyExists", () => table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 2 }));

        Assert.Equal(1, (await GetAsync<TableEntity>(table, "p", "r")).GetInt32("V"));
    }

    [Fact]
    public async Task Get_entity_if_exists_missing_is_null()
    {
        var table = await NewTableAsync();

        Assert.Null(await table.GetEntityIfExistsAsync<TableEntity>("p", "missing"));
        Assert.Null(await table.GetEntityIfExistsAsync<TypedContractEntity>("p", "missing"));
    }

    [Fact]
    public async Task Get_entity_with_select_returns_only_the_selected_properties_and_the_keys()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = 2, ["C"] = true });

        var read = await GetAsync<TableEntity>(table, "p", "r", select: ["A", "C"]);

        Assert.Equal("p", read.PartitionKey);
        Assert.Equal("r", read.RowKey);
        Assert.Equal("a", read.GetString("A"));
        Assert.True(read.GetBoolean("C"));
        Assert.False(read.ContainsKey("B"));
    }
}
