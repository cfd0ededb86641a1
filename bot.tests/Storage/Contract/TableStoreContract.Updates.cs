using Azure;
using Azure.Data.Tables;

using ConnectorBot.Storage;

namespace ConnectorBot.Tests.Storage.Contract;

public abstract partial class TableStoreContract
{
    [Fact]
    public async Task Upsert_merge_keeps_absent_properties()
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
    public async Task Upsert_replace_drops_absent_properties()
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
    public async Task Upsert_of_a_missing_entity_inserts_it(TableUpdateMode mode)
    {
        var table = await NewTableAsync();

        var etag = await table.UpsertEntityAsync(new TableEntity("p", "new") { ["A"] = "a" }, mode);

        var read = await GetAsync<TableEntity>(table, "p", "new");
        Assert.Equal(etag, read.ETag);
        Assert.Equal("a", read.GetString("A"));
    }

    [Fact]
    public async Task Upsert_returns_a_new_ETag_each_time()
    {
        var table = await NewTableAsync();
        var first = await table.UpsertEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });

        var second = await table.UpsertEntityAsync(new TableEntity("p", "r") { ["N"] = 2 });

        Assert.NotEqual(first, second);
        Assert.Equal(second, (await GetAsync<TableEntity>(table, "p", "r")).ETag);
    }

    [Fact]
    public async Task Update_with_the_current_ETag_succeeds_and_returns_a_new_ETag()
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
    public async Task Update_merge_with_ETag_keeps_absent_properties_update_replace_drops_them()
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
    public async Task Update_with_a_stale_ETag_is_412_and_changes_nothing(TableUpdateMode mode)
    {
        var table = await NewTableAsync();
        var stale = await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });
        await table.UpdateEntityAsync(new TableEntity("p", "r") { ["N"] = 2 }, stale, TableUpdateMode.Replace);

        await AssertFailsAsync(412, "UpdateConditionNotSatisfied", () => table.UpdateEntityAsync(new TableEntity("p", "r") { ["N"] = 3 }, stale, mode));

        Assert.Equal(2, (await GetAsync<TableEntity>(table, "p", "r")).GetInt32("N"));
    }

    [Fact]
    public async Task An_ETag_from_before_a_delete_and_re_add_is_stale()
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
    public async Task Queried_entities_carry_the_same_ETag_as_get_and_it_works_for_updates()
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
    public async Task Update_with_ETag_all_overwrites_unconditionally()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });

        await table.UpdateEntityAsync(new TableEntity("p", "r") { ["N"] = 9 }, ETag.All, TableUpdateMode.Replace);

        Assert.Equal(9, (await GetAsync<TableEntity>(table, "p", "r")).GetInt32("N"));
    }

    [Theory]
    [InlineData(TableUpdateMode.Merge)]
    [InlineData(TableUpdateMode.Replace)]
    public async Task Update_with_ETag_all_of_a_missing_entity_is_404_and_creates_nothing(TableUpdateMode mode)
    {
        var table = await NewTableAsync();

        await AssertFailsAsync(404, null, () => table.UpdateEntityAsync(new TableEntity("p", "missing") { ["N"] = 1 }, ETag.All, mode));

        Assert.Null(await table.GetEntityIfExistsAsync<TableEntity>("p", "missing"));
    }

    [Fact]
    public async Task Update_with_default_ETag_is_refused_before_sending()
    {
        var table = await NewTableAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => table.UpdateEntityAsync(new TableEntity("p", "r"), default));
        Assert.Null(await table.GetEntityIfExistsAsync<TableEntity>("p", "r"));
    }

    [Fact]
    public async Task Delete_with_a_stale_ETag_is_412_and_keeps_the_entity()
    {
        var table = await NewTableAsync();
        var stale = await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["N"] = 2 });

        await AssertFailsAsync(412, "UpdateConditionNotSatisfied", () => table.DeleteEntityAsync("p", "r", stale));

        Assert.NotNull(await table.GetEntityIfExistsAsync<TableEntity>("p", "r"));
    }

    [Fact]
    public async Task Delete_with_the_current_ETag_or_unconditionally_removes_the_entity()
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
    public async Task Delete_of_a_missing_entity_is_no_error()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "other"));

        await table.DeleteEntityAsync("p", "missing");
        await table.DeleteEntityAsync("p", "missing", ETag.All);

        Assert.NotNull(await table.GetEntityIfExistsAsync<TableEntity>("p", "other"));
    }
}
