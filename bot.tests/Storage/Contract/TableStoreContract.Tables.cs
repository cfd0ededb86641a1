using Azure.Data.Tables;

using ConnectorBot.Storage;

namespace ConnectorBot.Tests.Storage.Contract;

public abstract partial class TableStoreContract
{
    [Fact]
    public async Task OpenTable_CreatesIt_AndTheListFindsIt()
    {
        var name = NewTableName();

        var table = await Store.OpenTableAsync(name);

        Assert.Equal(name, table.Name);
        Assert.Contains(name, await ToListAsync(Store.ListTablesAsync()));
    }

    [Fact]
    public async Task OpenTable_Twice_KeepsTheEntitiesOfTheExistingTable()
    {
        var name = NewTableName();
        var first = await Store.OpenTableAsync(name);
        await first.AddEntityAsync(new TableEntity("p", "kept"));

        var again = await Store.OpenTableAsync(name);

        Assert.NotNull(await again.GetEntityIfExistsAsync<TableEntity>("p", "kept"));
    }

    [Fact]
    public async Task TableNames_AreCaseInsensitive()
    {
        var name = "Ct" + Guid.NewGuid().ToString("N");
        var upper = await Store.OpenTableAsync(name);
        await upper.AddEntityAsync(new TableEntity("p", "r"));

        var lower = await Store.OpenTableAsync(name.ToLowerInvariant());

        Assert.NotNull(await lower.GetEntityIfExistsAsync<TableEntity>("p", "r"));
    }

    [Fact]
    public async Task InvalidTableNames_AreRefusedBeforeSending()
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
    public async Task CheckReachable_Succeeds()
    {
        await Store.CheckReachableAsync();

        Assert.NotNull(Store.Endpoint);
    }
}
