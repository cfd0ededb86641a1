using Azure;
using Azure.Data.Tables;

using ConnectorBot.Storage;

namespace ConnectorBot.Tests.Storage.Contract;

public abstract partial class TableStoreContract
{
    [Fact]
    public async Task UpsertMerge_KeepsAbsentProperties()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = "x" });

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["B"] = "y", ["C"] = true }, TableUpdateMode.Merge);

        var read = await GetAsync<TableEntity>(table, "p", "r");
        Assert.Equal(1, read.GetInt32("A"));
        Assert.Equal("y", read.GetString("B"));
        Assert.True(read.GetBoolean("C"));
    }

    [Fact]
    public async Task UpsertReplace_DropsAbsentProperties()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = "x" });

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["D"] = 5L }, TableUpdateMode.Replace);

        var read = await GetAsync<TableEntity>(table, "p", "r");
        Assert.Equal(["D"], read.CustomProperties.Select(p => p.Key));
        Assert.Equal(5L, read.GetInt64("D"));
    }

    [Theory]
    [InlineData(TableUpdateMode.Merge)]
    [InlineData(TableUpdateMode.Replace)]
    public async Task Upsert_OfAMissingEntity_InsertsIt(TableUpdateMode mode)
    {
        var table = await NewTableAsync();

        var etag = await table.UpsertEntityAsync(new TableEntity("p", "new") { ["A"] = "a" }, mode);

        var read = await GetAsync<TableEntity>(table, "p", "new");
        Assert.Equal(etag, read.ETag);
        Assert.Equal("a", read.GetString("A"));
    }

    [Fact]
    public async Task Upsert_ReturnsANewETagEachTime()
    {
        var table = await NewTableAsync();
        var first = await table.UpsertEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });

        var second = await table.UpsertEntityAsync(new TableEntity("p", "r") { ["N"] = 2 });

        Assert.NotEqual(first, second);
        Assert.Equal(second, (await GetAsync<TableEntity>(table, "p", "r")).ETag);
    }

    [Fact]
    public async Task Update_WithTheCurrentETag_Succeeds_AndReturnsANewETag()
    {
        var table = await NewTableAsync();
        var first = await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });

        var second = await table.UpdateEntityAsync(new TableEntity("p", "r") { ["N"] = 2 }, first, TableUpdateMode.Replace);

        Assert.NotEqual(first, second);
        var read = await GetAsync<TableEntity>(table, "p", "r");
        Assert.Equal(second, read.ETag);
        Assert.Equal(2, read.GetInt32("N"));
    }

    [Fact]
    public async Task UpdateMerge_WithETag_KeepsAbsentProperties_UpdateReplace_DropsThem()
    {
        var table = await NewTableAsync();
        var etag = await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = 2 });

        etag = await table.UpdateEntityAsync(new TableEntity("p", "r") { ["B"] = 3 }, etag, TableUpdateMode.Merge);
        var merged = await GetAsync<TableEntity>(table, "p", "r");
        await table.UpdateEntityAsync(new TableEntity("p", "r") { ["C"] = 4 }, etag, TableUpdateMode.Replace);
        var replaced = await GetAsync<TableEntity>(table, "p", "r");

        Assert.Equal(1, merged.GetInt32("A"));
        Assert.Equal(3, merged.GetInt32("B"));
        Assert.Equal(["C"], replaced.CustomProperties.Select(p => p.Key));
    }

    [Theory]
    [InlineData(TableUpdateMode.Merge)]
    [InlineData(TableUpdateMode.Replace)]
    public async Task Update_WithAStaleETag_Is412_AndChangesNothing(TableUpdateMode mode)
    {
        var table = await NewTableAsync();
        var stale = await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });
        await table.UpdateEntityAsync(new TableEntity("p", "r") { ["N"] = 2 }, stale, TableUpdateMode.Replace);

        await AssertFailsAsync(412, "UpdateConditionNotSatisfied", () => table.UpdateEntityAsync(new TableEntity("p", "r") { ["N"] = 3 }, stale, mode));

        Assert.Equal(2, (await GetAsync<TableEntity>(table, "p", "r")).GetInt32("N"));
    }

    [Fact]
    public async Task AnETag_FromBeforeADeleteAndReAdd_IsStale()
    {
        var table = await NewTableAsync();
        var old = await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });
        await table.DeleteEntityAsync("p", "r", old);
        var current = await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });

        Assert.NotEqual(old, current);
        await AssertFailsAsync(412, "UpdateConditionNotSatisfied", () => table.UpdateEntityAsync(new TableEntity("p", "r") { ["N"] = 2 }, old));
        await AssertFailsAsync(412, "UpdateConditionNotSatisfied", () => table.DeleteEntityAsync("p", "r", old));
        Assert.Equal(1, (await GetAsync<TableEntity>(table, "p", "r")).GetInt32("N"));
    }

    [Fact]
    public async Task QueriedEntities_CarryTheSameETagAsGet_AndItWorksForUpdates()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });

        var queried = Assert.Single(await ToListAsync(table.QueryAsync<CounterEntity>()));
        var got = await GetAsync<CounterEntity>(table, "p", "r");
        queried.Count = 5;
        await table.UpdateEntityAsync(queried, queried.ETag);

        Assert.Equal(got.ETag, queried.ETag);
        Assert.Equal(5, (await GetAsync<CounterEntity>(table, "p", "r")).Count);
    }

    [Fact]
    public async Task Update_WithETagAll_OverwritesUnconditionally()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });

        await table.UpdateEntityAsync(new TableEntity("p", "r") { ["N"] = 9 }, ETag.All, TableUpdateMode.Replace);

        Assert.Equal(9, (await GetAsync<TableEntity>(table, "p", "r")).GetInt32("N"));
    }

    [Theory]
    [InlineData(TableUpdateMode.Merge)]
    [InlineData(TableUpdateMode.Replace)]
    public async Task Update_WithETagAll_OfAMissingEntity_Is404_AndCreatesNothing(TableUpdateMode mode)
    {
        var table = await NewTableAsync();

        await AssertFailsAsync(404, null, () => table.UpdateEntityAsync(new TableEntity("p", "missing") { ["N"] = 1 }, ETag.All, mode));

        Assert.Null(await table.GetEntityIfExistsAsync<TableEntity>("p", "missing"));
    }

    [Fact]
    public async Task Update_WithDefaultETag_IsRefusedBeforeSending()
    {
        var table = await NewTableAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => table.UpdateEntityAsync(new TableEntity("p", "r"), default));
        Assert.Null(await table.GetEntityIfExistsAsync<TableEntity>("p", "r"));
    }

    [Fact]
    public async Task Delete_WithAStaleETag_Is412_AndKeepsTheEntity()
    {
        var table = await NewTableAsync();
        var stale = await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["N"] = 2 });

        await AssertFailsAsync(412, "UpdateConditionNotSatisfied", () => table.DeleteEntityAsync("p", "r", stale));

        Assert.NotNull(await table.GetEntityIfExistsAsync<TableEntity>("p", "r"));
    }

    [Fact]
    public async Task Delete_WithTheCurrentETag_OrUnconditionally_RemovesTheEntity()
    {
        var table = await NewTableAsync();
        var etag = await table.AddEntityAsync(new TableEntity("p", "a"));
        await table.AddEntityAsync(new TableEntity("p", "b"));

        await table.DeleteEntityAsync("p", "a", etag);
        await table.DeleteEntityAsync("p", "b");

        Assert.Null(await table.GetEntityIfExistsAsync<TableEntity>("p", "a"));
        Assert.Null(await table.GetEntityIfExistsAsync<TableEntity>("p", "b"));
    }

    [Fact]
    public async Task Delete_OfAMissingEntity_IsNoError()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "other"));

        await table.DeleteEntityAsync("p", "missing");
        await table.DeleteEntityAsync("p", "missing", ETag.All);

        Assert.NotNull(await table.GetEntityIfExistsAsync<TableEntity>("p", "other"));
    }
}
