using Azure;

using ConnectorBot.Storage;

namespace ConnectorBot.Tests.Storage.Contract;

public abstract partial class TableStoreContract
{
    [Fact]
    public async Task CreateTable_ReturnsItsName_AndQueryFindsIt()
    {
        var name = NewTableName();
        var item = await Service.CreateTableAsync(name);

        Assert.Equal(name, item.Name);
        var found = await ToListAsync(Service.QueryAsync(TableOdataFilter.Create($"TableName eq {name}")));
        Assert.Equal([name], found.Select(t => t.Name));
    }

    [Fact]
    public async Task CreateTableIfNotExists_Twice_Succeeds()
    {
        var name = NewTableName();
        await Service.CreateTableIfNotExistsAsync(name);
        var again = await Service.CreateTableIfNotExistsAsync(name);

        Assert.Equal(name, again.Name);
        await Service.GetTableClient(name).AddEntityAsync(new TableEntity("p", "r"));
    }

    [Fact]
    public async Task CreateTable_Twice_Is409TableAlreadyExists()
    {
        var name = NewTableName();
        await Service.CreateTableAsync(name);

        await AssertFailsAsync(409, "TableAlreadyExists", () => Service.CreateTableAsync(name));
    }

    [Fact]
    public async Task CreateIfNotExists_KeepsTheEntitiesOfAnExistingTable()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "kept"));

        await table.CreateIfNotExistsAsync();

        Assert.NotNull(await table.GetEntityIfExistsAsync<TableEntity>("p", "kept"));
    }

    [Fact]
    public async Task DeleteTable_RemovesIt_AndDeletingAMissingTableIsFine()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r"));

        await table.DeleteAsync();

        Assert.Empty(await ToListAsync(Service.QueryAsync(TableOdataFilter.Create($"TableName eq {table.Name}"))));
        await AssertFailsAsync(404, "TableNotFound", () => table.GetEntityAsync<TableEntity>("p", "r"));
        await table.DeleteAsync();
        await Service.DeleteTableAsync(NewTableName());
    }

    [Fact]
    public async Task DeletedTable_CanBeCreatedAgain_Empty()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r"));
        await table.DeleteAsync();

        await table.CreateAsync();

        Assert.Empty(await ToListAsync(table.QueryAsync<TableEntity>()));
    }

    [Fact]
    public async Task QueryTables_WithFilterAndPaging_ReturnsExactlyTheMatches()
    {
        var prefix = "q" + Guid.NewGuid().ToString("N")[..12];
        var names = Enumerable.Range(0, 5).Select(i => prefix + i).ToList();
        foreach (var name in names.AsEnumerable().Reverse())
        {
            Track(name);
            await Service.CreateTableAsync(name);
        }

        // Tables of other tests sort around these; the filter must keep only ours.
        var filter = TableOdataFilter.Create($"TableName ge {prefix} and TableName lt {prefix + "a"}");
        var pages = await ToListAsync(Service.QueryAsync(filter, maxPerPage: 2).AsPages());

        Assert.True(pages.Count >= 3, $"5 tables at 2 per page need at least 3 pages, got {pages.Count}.");
        Assert.All(pages, page => Assert.True(page.Values.Count <= 2));
        Assert.Equal(names, pages.SelectMany(p => p.Values).Select(t => t.Name));
        Assert.Null(pages[^1].ContinuationToken);
    }

    [Fact]
    public async Task TableNames_AreCaseInsensitive_ForCreate()
    {
        var name = "Ct" + Guid.NewGuid().ToString("N").ToUpperInvariant();
        Track(name);
        await Service.CreateTableAsync(name);

        await AssertFailsAsync(409, "TableAlreadyExists", () => Service.CreateTableAsync(name.ToLowerInvariant()));
    }

    [Fact]
    public async Task QueryTables_ResumesFromAContinuationToken()
    {
        var prefix = "r" + Guid.NewGuid().ToString("N")[..12];
        var names = Enumerable.Range(0, 4).Select(i => prefix + i).ToList();
        foreach (var name in names)
        {
            Track(name);
            await Service.CreateTableAsync(name);
        }

        var filter = TableOdataFilter.Create($"TableName ge {prefix} and TableName lt {prefix + "a"}");
        Page<TableItem>? first = null;
        await foreach (var page in Service.QueryAsync(filter, maxPerPage: 3).AsPages())
        {
            first = page;
            break;
        }

        Assert.NotNull(first);
        Assert.Equal(names.Take(3), first.Values.Select(t => t.Name));
        Assert.NotNull(first.ContinuationToken);
        var rest = await ToListAsync(Service.QueryAsync(filter, maxPerPage: 3).AsPages(first.ContinuationToken));
        Assert.Equal(names.Skip(3), rest.SelectMany(p => p.Values).Select(t => t.Name));
    }
}
