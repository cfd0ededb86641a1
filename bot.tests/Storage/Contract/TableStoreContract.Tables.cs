using Azure.Data.Tables;

namespace ConnectorBot.Tests.Storage.Contract;

public abstract partial class TableStoreContract
{
    [Fact]
    public async Task Open_table_creates_it_and_the_list_finds_it()
    {
        var name = NewTableName();

        var table = await Store.OpenTableAsync(name);

        Assert.Equal(name, table.Name);
        Assert.Contains(name, await ToListAsync(Store.ListTablesAsync()));
    }

    [Fact]
    public async Task Open_table_twice_keeps_the_entities_of_the_existing_table()
    {
        var name = NewTableName();
        var first = await Store.OpenTableAsync(name);
        await first.AddEntityAsync(new TableEntity("p", "kept"));

        var again = await Store.OpenTableAsync(name);

        Assert.NotNull(await again.GetEntityIfExistsAsync<TableEntity>("p", "kept"));
    }

    [Fact]
    public async Task Opening_a_table_in_another_case_creates_no_second_table()
    {
        // Table names are case-insensitive (Azurite keeps entities per spelling, so the test asks no more of it).
        var name = "Ct" + Guid.NewGuid().ToString("N");
        await Store.OpenTableAsync(name);

        await Store.OpenTableAsync(name.ToLowerInvariant());

        var listed = await ToListAsync(Store.ListTablesAsync());
        Assert.Single(listed, t => string.Equals(t, name, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Invalid_table_names_are_refused_before_sending()
    {
        foreach (var bad in new[] { "ab", "1abc", "has-dash", "tables", new string('a', 64), "bad name" })
        {
            await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenTableAsync(bad));
        }

        var longest = "t" + new string('a', 62);
        await Store.OpenTableAsync(longest);
        Assert.Contains(longest, await ToListAsync(Store.ListTablesAsync()));
    }

    [Fact]
    public async Task Check_reachable_succeeds()
    {
        await Store.CheckReachableAsync();

        Assert.NotNull(Store.Endpoint);
    }
}
