using Azure;

using ConnectorBot.Storage;

namespace ConnectorBot.Tests.Storage.Contract;

/// <summary>
/// The one contract both table stores must honour, written from the Table service's documented
/// semantics (shared/docs/azure-tables-rest.md). Each store runs it through a small subclass, so a
/// test's name says which store ran. Every test works in a table of its own.
/// </summary>
public abstract class TableStoreContract : IAsyncLifetime
{
    private readonly List<string> _tables = [];
    private TableServiceClient? _service;

    protected TableServiceClient Service => _service ??= CreateService();

    /// <summary>A client of the store under test (shared by all tests of the class; tables keep them apart).</summary>
    protected abstract TableServiceClient CreateService();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var name in _tables)
        {
            try
            {
                await Service.DeleteTableAsync(name);
            }
            catch (Exception)
            {
                // Clean-up is best effort: a failing store already failed the test.
            }
        }
    }

    // ---------------------------------------------------------------- tables

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

    // ---------------------------------------------------------------- add / get

    [Fact]
    public async Task AddEntity_ReturnsTheETag_GetReturnsTheSame()
    {
        var table = await NewTableAsync();

        var etag = await table.AddEntityAsync(new TableEntity("p", "r") { ["Name"] = "Ada" });
        var read = await table.GetEntityAsync<TableEntity>("p", "r");

        Assert.NotEqual(default, etag);
        Assert.Equal(etag, read.ETag);
        Assert.Equal("p", read.PartitionKey);
        Assert.Equal("r", read.RowKey);
        Assert.Equal("Ada", read.GetString("Name"));
        Assert.NotNull(read.Timestamp);
        Assert.Equal(TimeSpan.Zero, read.Timestamp!.Value.Offset);
    }

    [Fact]
    public async Task AddEntity_Existing_Is409EntityAlreadyExists_AndKeepsTheFirst()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });

        await AssertFailsAsync(409, "EntityAlreadyExists", () => table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 2 }));

        Assert.Equal(1, (await table.GetEntityAsync<TableEntity>("p", "r")).GetInt32("V"));
    }

    [Fact]
    public async Task GetEntity_Missing_Is404ResourceNotFound()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "other"));

        await AssertFailsAsync(404, "ResourceNotFound", () => table.GetEntityAsync<TableEntity>("p", "missing"));
    }

    [Fact]
    public async Task GetEntityIfExists_Missing_IsNull()
    {
        var table = await NewTableAsync();

        Assert.Null(await table.GetEntityIfExistsAsync<TableEntity>("p", "missing"));
        Assert.Null(await table.GetEntityIfExistsAsync<TypedContractEntity>("p", "missing"));
    }

    [Fact]
    public async Task GetEntity_OnAMissingTable_Is404TableNotFound_EvenForIfExists()
    {
        var table = Service.GetTableClient(NewTableName());

        await AssertFailsAsync(404, "TableNotFound", () => table.GetEntityAsync<TableEntity>("p", "r"));
        await AssertFailsAsync(404, "TableNotFound", () => table.GetEntityIfExistsAsync<TableEntity>("p", "r"));
    }

    [Fact]
    public async Task AddEntity_OnAMissingTable_Is404()
    {
        var table = Service.GetTableClient(NewTableName());

        await AssertFailsAsync(404, null, () => table.AddEntityAsync(new TableEntity("p", "r")));
    }

    [Fact]
    public async Task GetEntity_WithSelect_ReturnsOnlyTheSelectedPropertiesAndTheKeys()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = 2, ["C"] = true });

        var read = await table.GetEntityAsync<TableEntity>("p", "r", select: ["A", "C"]);

        Assert.Equal("p", read.PartitionKey);
        Assert.Equal("r", read.RowKey);
        Assert.Equal("a", read.GetString("A"));
        Assert.True(read.GetBoolean("C"));
        Assert.False(read.ContainsKey("B"));
    }

    // ---------------------------------------------------------------- typed values

    [Fact]
    public async Task TableEntity_RoundTripsEveryTypeExactly()
    {
        var table = await NewTableAsync();
        var when = new DateTimeOffset(2026, 11, 21, 22, 7, 44, TimeSpan.Zero).AddTicks(1_234_567);
        var whenOffset = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(5.5)).AddTicks(9_999_999);
        var whenUtc = new DateTime(1999, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(1);
        var id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        var bytes = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        var entity = new TableEntity("p", "r")
        {
            ["Text"] = "hello",
            ["EmptyText"] = string.Empty,
            ["True"] = true,
            ["False"] = false,
            ["Int"] = 42,
            ["IntMin"] = int.MinValue,
            ["IntMax"] = int.MaxValue,
            ["Long"] = 5_000_000_000L,
            ["LongSmall"] = 7L,
            ["LongMax"] = long.MaxValue,
            ["LongMin"] = long.MinValue,
            ["DoubleTenth"] = 0.1,
            ["DoubleOne"] = 1.0,
            ["DoubleHuge"] = 1e300,
            ["DoubleTiny"] = double.Epsilon,
            ["DoubleNegative"] = -123.456,
            ["DoubleNaN"] = double.NaN,
            ["DoublePositiveInfinity"] = double.PositiveInfinity,
            ["DoubleNegativeInfinity"] = double.NegativeInfinity,
            ["When"] = when,
            ["WhenOffset"] = whenOffset,
            ["WhenUtc"] = whenUtc,
            ["Id"] = id,
            ["Bytes"] = bytes,
            ["EmptyBytes"] = Array.Empty<byte>(),
        };

        await table.AddEntityAsync(entity);
        var read = await table.GetEntityAsync<TableEntity>("p", "r");

        Assert.Equal("hello", read["Text"]);
        Assert.Equal(string.Empty, read["EmptyText"]);
        Assert.True(Assert.IsType<bool>(read["True"]));
        Assert.False(Assert.IsType<bool>(read["False"]));
        Assert.Equal(42, Assert.IsType<int>(read["Int"]));
        Assert.Equal(int.MinValue, Assert.IsType<int>(read["IntMin"]));
        Assert.Equal(int.MaxValue, Assert.IsType<int>(read["IntMax"]));
        Assert.Equal(5_000_000_000L, Assert.IsType<long>(read["Long"]));
        Assert.Equal(7L, Assert.IsType<long>(read["LongSmall"]));
        Assert.Equal(long.MaxValue, Assert.IsType<long>(read["LongMax"]));
        Assert.Equal(long.MinValue, Assert.IsType<long>(read["LongMin"]));
        Assert.Equal(0.1, Assert.IsType<double>(read["DoubleTenth"]));
        Assert.Equal(1.0, Assert.IsType<double>(read["DoubleOne"]));
        Assert.Equal(1e300, Assert.IsType<double>(read["DoubleHuge"]));
        Assert.Equal(double.Epsilon, Assert.IsType<double>(read["DoubleTiny"]));
        Assert.Equal(-123.456, Assert.IsType<double>(read["DoubleNegative"]));
        Assert.True(double.IsNaN(Assert.IsType<double>(read["DoubleNaN"])));
        Assert.Equal(double.PositiveInfinity, Assert.IsType<double>(read["DoublePositiveInfinity"]));
        Assert.Equal(double.NegativeInfinity, Assert.IsType<double>(read["DoubleNegativeInfinity"]));
        AssertSameInstantUtc(when, Assert.IsType<DateTimeOffset>(read["When"]));
        AssertSameInstantUtc(whenOffset, Assert.IsType<DateTimeOffset>(read["WhenOffset"]));
        Assert.Equal(whenUtc, read.GetDateTime("WhenUtc"));
        Assert.Equal(DateTimeKind.Utc, read.GetDateTime("WhenUtc")!.Value.Kind);
        Assert.Equal(id, Assert.IsType<Guid>(read["Id"]));
        Assert.Equal(bytes, Assert.IsType<byte[]>(read["Bytes"]));
        Assert.Empty(Assert.IsType<byte[]>(read["EmptyBytes"]));
        Assert.Equal(
            entity.CustomProperties.Select(p => p.Key).Order(StringComparer.Ordinal),
            read.CustomProperties.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task NegativeZero_ReadsBackAsZero()
    {
        // Azurite drops the sign of -0.0 (it answers 0.0), so the contract only promises the value zero.
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Zero"] = -0.0 });

        var read = await table.GetEntityAsync<TableEntity>("p", "r");

        Assert.Equal(0.0, Assert.IsType<double>(read["Zero"]));
    }

    [Fact]
    public async Task TypedEntity_RoundTripsEveryTypeExactly_IncludingEnumsAndNullables()
    {
        var table = await NewTableAsync();
        var entity = new TypedContractEntity
        {
            PartitionKey = "p",
            RowKey = "full",
            Text = "text with 'quotes' and \"doubles\"",
            Flag = true,
            Small = -17,
            Big = long.MinValue,
            Ratio = 0.1,
            When = new DateTimeOffset(2030, 6, 15, 12, 0, 0, TimeSpan.FromHours(-7)).AddTicks(1),
            WhenUtc = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc).AddTicks(7_654_321),
            Id = Guid.NewGuid(),
            Data = [0, 1, 2, 254, 255],
            Mood = ContractMood.Busy,
            MaybeMood = ContractMood.Away,
            MaybeSmall = 0,
            MaybeBig = long.MaxValue,
            MaybeWhen = DateTimeOffset.UnixEpoch,
            MaybeText = string.Empty,
        };

        var etag = await table.AddEntityAsync(entity);
        var read = await table.GetEntityAsync<TypedContractEntity>("p", "full");

        Assert.Equal(etag, read.ETag);
        Assert.NotNull(read.Timestamp);
        Assert.Equal(entity.Text, read.Text);
        Assert.True(read.Flag);
        Assert.Equal(-17, read.Small);
        Assert.Equal(long.MinValue, read.Big);
        Assert.Equal(0.1, read.Ratio);
        AssertSameInstantUtc(entity.When, read.When);
        Assert.Equal(entity.WhenUtc, read.WhenUtc);
        Assert.Equal(DateTimeKind.Utc, read.WhenUtc.Kind);
        Assert.Equal(entity.Id, read.Id);
        Assert.Equal(entity.Data, read.Data);
        Assert.Equal(ContractMood.Busy, read.Mood);
        Assert.Equal(ContractMood.Away, read.MaybeMood);
        Assert.Equal(0, read.MaybeSmall);
        Assert.Equal(long.MaxValue, read.MaybeBig);
        AssertSameInstantUtc(DateTimeOffset.UnixEpoch, read.MaybeWhen!.Value);
        Assert.Equal(string.Empty, read.MaybeText);

        // The same entity seen as a dictionary: enums are strings, every other type its own Edm type.
        var raw = await table.GetEntityAsync<TableEntity>("p", "full");
        Assert.Equal("Busy", raw["Mood"]);
        Assert.IsType<long>(raw["Big"]);
        Assert.IsType<int>(raw["Small"]);
        Assert.IsType<DateTimeOffset>(raw["WhenUtc"]);
    }

    [Fact]
    public async Task TypedEntity_NullsAreNotStored_AndReadBackAsNull()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TypedContractEntity
        {
            PartitionKey = "p",
            RowKey = "sparse",
            Mood = ContractMood.Calm,
            When = DateTimeOffset.UnixEpoch,
            WhenUtc = DateTime.UnixEpoch,
        });

        var read = await table.GetEntityAsync<TypedContractEntity>("p", "sparse");
        var raw = await table.GetEntityAsync<TableEntity>("p", "sparse");

        Assert.Null(read.Text);
        Assert.Null(read.Data);
        Assert.Null(read.MaybeMood);
        Assert.Null(read.MaybeSmall);
        Assert.Null(read.MaybeBig);
        Assert.Null(read.MaybeWhen);
        Assert.Null(read.MaybeText);
        Assert.Equal(ContractMood.Calm, read.Mood);
        Assert.False(raw.ContainsKey("Text"));
        Assert.False(raw.ContainsKey("MaybeSmall"));
        Assert.False(raw.ContainsKey("MaybeMood"));
    }

    [Fact]
    public async Task PropertyNames_AreCaseSensitive()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["name"] = "lower", ["Name"] = "upper" });

        var read = await table.GetEntityAsync<TableEntity>("p", "r");

        Assert.Equal("lower", read.GetString("name"));
        Assert.Equal("upper", read.GetString("Name"));
        Assert.Equal(["lower"], (await ToListAsync(table.QueryAsync<TableEntity>(TableOdataFilter.Create($"name eq {"lower"}")))).Select(e => e.GetString("name")));
        Assert.Empty(await ToListAsync(table.QueryAsync<TableEntity>(TableOdataFilter.Create($"Name eq {"lower"}"))));
    }

    [Fact]
    public async Task Timestamp_IsSetByTheStore_AndAdvancesOnEachWrite()
    {
        var table = await NewTableAsync();
        var before = DateTimeOffset.UtcNow.AddMinutes(-5);
        await table.AddEntityAsync(new TableEntity("p", "r") { Timestamp = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        var first = (await table.GetEntityAsync<TableEntity>("p", "r")).Timestamp!.Value;

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });
        var second = (await table.GetEntityAsync<TableEntity>("p", "r")).Timestamp!.Value;

        Assert.True(first > before, $"Timestamp {first:O} is the store's clock, not the value written.");
        Assert.True(second > first, $"Timestamp must advance: {first:O} then {second:O}.");
        Assert.True(Assert.Single(await ToListAsync(table.QueryAsync<TableEntity>())).ContainsKey("N"));
        Assert.Equal(["r"], await RowKeysAsync(table, TableOdataFilter.Create($"Timestamp ge {first}")));
        Assert.Empty(await RowKeysAsync(table, TableOdataFilter.Create($"Timestamp lt {first}")));
    }

    // ---------------------------------------------------------------- upsert / update / delete

    [Fact]
    public async Task UpsertMerge_KeepsAbsentProperties()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = "x" });

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["B"] = "y", ["C"] = true }, TableUpdateMode.Merge);

        var read = await table.GetEntityAsync<TableEntity>("p", "r");
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

        var read = await table.GetEntityAsync<TableEntity>("p", "r");
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

        var read = await table.GetEntityAsync<TableEntity>("p", "new");
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
        Assert.Equal(second, (await table.GetEntityAsync<TableEntity>("p", "r")).ETag);
    }

    [Fact]
    public async Task Update_WithTheCurrentETag_Succeeds_AndReturnsANewETag()
    {
        var table = await NewTableAsync();
        var first = await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });

        var second = await table.UpdateEntityAsync(new TableEntity("p", "r") { ["N"] = 2 }, first, TableUpdateMode.Replace);

        Assert.NotEqual(first, second);
        var read = await table.GetEntityAsync<TableEntity>("p", "r");
        Assert.Equal(second, read.ETag);
        Assert.Equal(2, read.GetInt32("N"));
    }

    [Fact]
    public async Task UpdateMerge_WithETag_KeepsAbsentProperties_UpdateReplace_DropsThem()
    {
        var table = await NewTableAsync();
        var etag = await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = 2 });

        etag = await table.UpdateEntityAsync(new TableEntity("p", "r") { ["B"] = 3 }, etag, TableUpdateMode.Merge);
        var merged = await table.GetEntityAsync<TableEntity>("p", "r");
        await table.UpdateEntityAsync(new TableEntity("p", "r") { ["C"] = 4 }, etag, TableUpdateMode.Replace);
        var replaced = await table.GetEntityAsync<TableEntity>("p", "r");

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

        Assert.Equal(2, (await table.GetEntityAsync<TableEntity>("p", "r")).GetInt32("N"));
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
        Assert.Equal(1, (await table.GetEntityAsync<TableEntity>("p", "r")).GetInt32("N"));
    }

    [Fact]
    public async Task QueriedEntities_CarryTheSameETagAsGet_AndItWorksForUpdates()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });

        var queried = Assert.Single(await ToListAsync(table.QueryAsync<CounterEntity>()));
        var got = await table.GetEntityAsync<CounterEntity>("p", "r");
        queried.Count = 5;
        await table.UpdateEntityAsync(queried, queried.ETag);

        Assert.Equal(got.ETag, queried.ETag);
        Assert.Equal(5, (await table.GetEntityAsync<CounterEntity>("p", "r")).Count);
    }

    [Fact]
    public async Task Update_WithETagAll_OverwritesUnconditionally()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });

        await table.UpdateEntityAsync(new TableEntity("p", "r") { ["N"] = 9 }, ETag.All, TableUpdateMode.Replace);

        Assert.Equal(9, (await table.GetEntityAsync<TableEntity>("p", "r")).GetInt32("N"));
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

    [Fact]
    public async Task DeleteEntity_OnAMissingTable_Is404TableNotFound()
    {
        var table = Service.GetTableClient(NewTableName());

        await AssertFailsAsync(404, "TableNotFound", () => table.DeleteEntityAsync("p", "r"));
    }

    // ---------------------------------------------------------------- concurrency

    [Fact]
    public async Task TwoWriters_TheSecondGets412_ThenRereadsAndRetries_BothChangesSurvive()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new CounterEntity { PartitionKey = "p", RowKey = "shared", Count = 0 });

        var a = await table.GetEntityAsync<CounterEntity>("p", "shared");
        var b = await table.GetEntityAsync<CounterEntity>("p", "shared");
        Assert.Equal(a.ETag, b.ETag);

        a.Count += 1;
        a.Owner = "A";
        var aETag = await table.UpdateEntityAsync(a, a.ETag, TableUpdateMode.Replace);

        b.Note = "B was here";
        await AssertFailsAsync(412, "UpdateConditionNotSatisfied", () => table.UpdateEntityAsync(b, b.ETag, TableUpdateMode.Replace));

        var fresh = await table.GetEntityAsync<CounterEntity>("p", "shared");
        Assert.Equal(aETag, fresh.ETag);
        fresh.Note = "B was here";
        var bETag = await table.UpdateEntityAsync(fresh, fresh.ETag, TableUpdateMode.Replace);

        var final = await table.GetEntityAsync<CounterEntity>("p", "shared");
        Assert.Equal(bETag, final.ETag);
        Assert.Equal(1, final.Count);
        Assert.Equal("A", final.Owner);
        Assert.Equal("B was here", final.Note);
    }

    [Fact]
    public async Task TenParallelIncrements_WithIfMatchAndRetryOn412_CountToTen()
    {
        const int Writers = 10;
        const int MaxAttempts = 500;
        var table = await NewTableAsync();
        await table.AddEntityAsync(new CounterEntity { PartitionKey = "p", RowKey = "counter" });

        async Task<int> IncrementAsync()
        {
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                var current = await table.GetEntityAsync<CounterEntity>("p", "counter");
                current.Count++;
                try
                {
                    await table.UpdateEntityAsync(current, current.ETag, TableUpdateMode.Replace);
                    return attempt;
                }
                catch (RequestFailedException e) when (e.Status == 412)
                {
                    await Task.Yield();
                }
            }

            throw new InvalidOperationException($"No increment succeeded in {MaxAttempts} attempts.");
        }

        var attempts = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(IncrementAsync)));

        Assert.Equal(Writers, (await table.GetEntityAsync<CounterEntity>("p", "counter")).Count);
        Assert.All(attempts, a => Assert.InRange(a, 1, MaxAttempts));
    }

    // ---------------------------------------------------------------- paging

    [Fact]
    public async Task Query_OfThousandsOfEntities_YieldsEachOnceInKeyOrder_InPagesOfAtMost1000()
    {
        var table = await NewTableAsync();
        var expected = await FillLargeTableAsync(table);

        var all = await ToListAsync(table.QueryAsync<TableEntity>());
        Assert.Equal(expected, all.Select(e => (e.PartitionKey, e.RowKey)));

        var pages = await ToListAsync(table.QueryAsync<TableEntity>(maxPerPage: 1000).AsPages());
        Assert.Equal([1000, 1000, 500], pages.Select(p => p.Values.Count));
        Assert.NotNull(pages[0].ContinuationToken);
        Assert.NotNull(pages[1].ContinuationToken);
        Assert.Null(pages[2].ContinuationToken);
        Assert.Equal(expected, pages.SelectMany(p => p.Values).Select(e => (e.PartitionKey, e.RowKey)));

        // A page size above the service's 1,000 still yields pages of at most 1,000.
        var big = await ToListAsync(table.QueryAsync<TableEntity>(maxPerPage: 5000).AsPages());
        Assert.All(big, p => Assert.InRange(p.Values.Count, 0, 1000));
        Assert.Equal(LargeTableSize, big.Sum(p => p.Values.Count));

        // Resuming from the first page's token continues right after it, to the end.
        var resumed = await ToListAsync(table.QueryAsync<TableEntity>(maxPerPage: 1000).AsPages(pages[0].ContinuationToken));
        Assert.Equal(expected.Skip(1000), resumed.SelectMany(p => p.Values).Select(e => (e.PartitionKey, e.RowKey)));

        // Resuming from the second page's token gives the last 500 only.
        var last = await ToListAsync(table.QueryAsync<TableEntity>(maxPerPage: 1000).AsPages(pages[1].ContinuationToken));
        Assert.Equal(expected.Skip(2000), last.SelectMany(p => p.Values).Select(e => (e.PartitionKey, e.RowKey)));
    }

    [Fact]
    public async Task Query_WithASparseFilterAndSelect_OverThousandsOfEntities_FindsEveryMatch()
    {
        var table = await NewTableAsync();
        var expected = await FillLargeTableAsync(table);

        // Needles sit at the start, the middle, across the page boundaries and at the very end.
        var needles = await ToListAsync(table.QueryAsync<TableEntity>(TableOdataFilter.Create($"Tag eq {"needle"}"), maxPerPage: 100));
        Assert.Equal(NeedleIndexes.Select(i => expected[i]), needles.Select(e => (e.PartitionKey, e.RowKey)));
        Assert.All(needles, n => Assert.Equal("needle", n.GetString("Tag")));

        var range = await ToListAsync(table.QueryAsync<TableEntity>(TableOdataFilter.Create($"N ge {LargeTableSize - 10}")));
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
    public async Task Query_WithSelect_ReturnsOnlyTheSelectedProperties_AndOmitsMissingOnes()
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
    public async Task Query_OfAnEmptyTable_YieldsNothing()
    {
        var table = await NewTableAsync();

        Assert.Empty(await ToListAsync(table.QueryAsync<TableEntity>()));
        Assert.Empty(await ToListAsync(table.QueryAsync<TableEntity>(TableOdataFilter.Create($"PartitionKey eq {"p"}"))));
    }

    [Fact]
    public async Task Query_OfTypedEntities_MapsEveryRow()
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

        var rows = await ToListAsync(table.QueryAsync<TypedContractEntity>(TableOdataFilter.Create($"Mood eq {ContractMood.Busy}")));

        Assert.Equal([1, 4], rows.Select(r => r.Small));
        Assert.All(rows, r => Assert.Equal(ContractMood.Busy, r.Mood));
    }

    // ---------------------------------------------------------------- filters

    [Fact]
    public async Task Filters_OnEveryLiteralType_SelectExactlyTheMatchingRows()
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

        Assert.Equal(["r0"], await RowKeysAsync(table, TableOdataFilter.Create($"Name eq {"O'Brien"}")));
        Assert.Equal(["r2"], await RowKeysAsync(table, TableOdataFilter.Create($"Name eq {"it''s"}")));
        Assert.Equal(["r3"], await RowKeysAsync(table, TableOdataFilter.Create($"Name eq {"'"}")));
        Assert.Equal(["r2", "r3"], await RowKeysAsync(table, TableOdataFilter.Create($"Small ge {20}")));
        Assert.Equal(["r1"], await RowKeysAsync(table, TableOdataFilter.Create($"Big eq {5_000_000_001L}")));
        Assert.Equal(["r0", "r1"], await RowKeysAsync(table, TableOdataFilter.Create($"Big lt {5_000_000_002L}")));
        Assert.Equal(["r3"], await RowKeysAsync(table, TableOdataFilter.Create($"Ratio gt {3.0}")));
        Assert.Equal(["r1"], await RowKeysAsync(table, TableOdataFilter.Create($"Ratio eq {1.5}")));
        Assert.Equal(["r0", "r2"], await RowKeysAsync(table, TableOdataFilter.Create($"Flag eq {true}")));
        Assert.Equal(["r1", "r3"], await RowKeysAsync(table, TableOdataFilter.Create($"Flag ne {true}")));
        Assert.Equal(["r2", "r3"], await RowKeysAsync(table, TableOdataFilter.Create($"When ge {day.AddDays(2)}")));
        Assert.Equal(["r1"], await RowKeysAsync(table, TableOdataFilter.Create($"When eq {day.AddDays(1)}")));
        Assert.Equal(["r2"], await RowKeysAsync(table, TableOdataFilter.Create($"Id eq {ids[2]}")));
        Assert.Equal(["r0"], await RowKeysAsync(table, TableClient.CreateQueryFilter($"Name eq {"O'Brien"} and Small eq {0}")));
        Assert.Equal(["r1"], await RowKeysAsync(table, TableServiceClient.CreateQueryFilter($"Id eq {ids[1]}")));
    }

    [Fact]
    public async Task Filters_SkipEntitiesThatLackTheProperty_EvenForNe()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "has") { ["V"] = "y" });
        await table.AddEntityAsync(new TableEntity("p", "lacks"));

        Assert.Equal(["has"], await RowKeysAsync(table, TableOdataFilter.Create($"V ne {"x"}")));
        Assert.Empty(await RowKeysAsync(table, TableOdataFilter.Create($"V eq {"x"}")));
    }

    [Fact]
    public async Task Filters_OnBinaryValues()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "a") { ["B"] = new byte[] { 0, 1, 2 } });
        await table.AddEntityAsync(new TableEntity("p", "b") { ["B"] = new byte[] { 0, 1, 3 } });

        Assert.Equal(["a"], await RowKeysAsync(table, TableOdataFilter.Create($"B eq {new byte[] { 0, 1, 2 }}")));
    }

    [Fact]
    public async Task Filters_ThatLookLikeInjection_StayLiterals()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "a") { ["Name"] = "x" });
        await table.AddEntityAsync(new TableEntity("p", "b") { ["Name"] = "x' or Name ne 'x" });

        var rows = await RowKeysAsync(table, TableOdataFilter.Create($"Name eq {"x' or Name ne 'x"}"));

        Assert.Equal(["b"], rows);
    }

    [Fact]
    public async Task Filters_CombineWithAndOrNot()
    {
        var table = await NewTableAsync();
        for (var i = 0; i < 6; i++)
        {
            await table.AddEntityAsync(new TableEntity("p", $"r{i}") { ["N"] = i, ["Even"] = i % 2 == 0 });
        }

        Assert.Equal(["r2", "r4"], await RowKeysAsync(table, TableOdataFilter.Create($"Even eq {true} and N gt {0}")));
        Assert.Equal(["r0", "r5"], await RowKeysAsync(table, TableOdataFilter.Create($"N eq {0} or N eq {5}")));
        Assert.Equal(["r1", "r3", "r5"], await RowKeysAsync(table, TableOdataFilter.Create($"not (Even eq {true})")));
        Assert.Equal(
            ["r1", "r2", "r3"],
            await RowKeysAsync(table, TableOdataFilter.Create($"(N ge {1} and N le {3}) or (N eq {4} and Even eq {false})")));
        Assert.Equal(["r0", "r1", "r5"], await RowKeysAsync(table, TableOdataFilter.Create($"not (N ge {2} and N le {4})")));
    }

    [Fact]
    public async Task Filters_OnPartitionKeyAndRowKeyRanges()
    {
        var table = await NewTableAsync();
        foreach (var pk in new[] { "a", "b", "c" })
        {
            foreach (var rk in new[] { "1", "2", "3", "4" })
            {
                await table.AddEntityAsync(new TableEntity(pk, rk));
            }
        }

        async Task<List<string>> KeysAsync(string filter) =>
            (await ToListAsync(table.QueryAsync<TableEntity>(filter))).Select(e => e.PartitionKey + e.RowKey).ToList();

        Assert.Equal(["b1", "b2", "b3", "b4"], await KeysAsync(TableOdataFilter.Create($"PartitionKey eq {"b"}")));
        Assert.Equal(["b2", "b3"], await KeysAsync(TableOdataFilter.Create($"PartitionKey eq {"b"} and RowKey ge {"2"} and RowKey lt {"4"}")));
        Assert.Equal(["b4", "c1", "c2"], await KeysAsync(TableOdataFilter.Create($"(PartitionKey eq {"b"} and RowKey gt {"3"}) or (PartitionKey eq {"c"} and RowKey le {"2"})")));
        Assert.Equal(["a1", "a2", "a3", "a4", "c1", "c2", "c3", "c4"], await KeysAsync(TableOdataFilter.Create($"PartitionKey ne {"b"}")));
        Assert.Equal(["c3", "c4"], await KeysAsync(TableOdataFilter.Create($"PartitionKey gt {"b"} and RowKey ge {"3"}")));
        Assert.Empty(await KeysAsync(TableOdataFilter.Create($"PartitionKey eq {"z"}")));
    }

    [Fact]
    public async Task Query_WithAFormattableFilter_UsesTypedLiterals()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "a") { ["Big"] = 1L });
        await table.AddEntityAsync(new TableEntity("p", "b") { ["Big"] = 2L });

        // Built ahead of the call, as the SDK's CreateQueryFilter does.
        FormattableString filter = $"Big eq {2L}";

        var rows = await ToListAsync(table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter(filter)));

        Assert.Equal(["b"], rows.Select(r => r.RowKey));
    }

    [Fact]
    public async Task Query_WithAnInterpolatedFilterWrittenInline_UsesTypedLiterals()
    {
        // What a caller naturally writes: the inline $"..." binds to the interpolation handler overload,
        // so {2L} becomes the Int64 literal "2L", not the Int32 "2" plain formatting would give.
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "a") { ["Big"] = 1L });
        await table.AddEntityAsync(new TableEntity("p", "b") { ["Big"] = 2L });

        var rows = await ToListAsync(table.QueryAsync<TableEntity>($"Big eq {2L}"));

        Assert.Equal(["b"], rows.Select(r => r.RowKey));
    }

    [Fact]
    public async Task Filter_WithAnInt32Literal_DoesNotMatchAnInt64Property()
    {
        // The service compares typed values: "the constant value must be of the same data type as the
        // property". Azurite finds nothing for Big eq 2 when Big is Int64; Big eq 2L finds it.
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "long") { ["Big"] = 2L });

        Assert.Empty(await RowKeysAsync(table, "Big eq 2"));
        Assert.Equal(["long"], await RowKeysAsync(table, "Big eq 2L"));
    }

    // ---------------------------------------------------------------- transactions

    [Fact]
    public async Task Transaction_MixedActions_AllApply_AndReturnETags()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "merge") { ["A"] = 1, ["B"] = 1 });
        await table.AddEntityAsync(new TableEntity("p", "replace") { ["A"] = 1, ["B"] = 1 });
        var updateETag = await table.AddEntityAsync(new TableEntity("p", "update") { ["A"] = 1, ["B"] = 1 });
        var mergeETag = await table.AddEntityAsync(new TableEntity("p", "updatemerge") { ["A"] = 1, ["B"] = 1 });
        var deleteETag = await table.AddEntityAsync(new TableEntity("p", "delete"));
        await table.AddEntityAsync(new TableEntity("p", "deleteany"));

        var etags = await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "added") { ["A"] = 7 }),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "merge") { ["B"] = 2 }),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "replace") { ["B"] = 2 }),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "update") { ["C"] = 3 }, updateETag),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "updatemerge") { ["C"] = 3 }, mergeETag),
            new(TableTransactionActionType.Delete, new TableEntity("p", "delete"), deleteETag),
            new(TableTransactionActionType.Delete, new TableEntity("p", "deleteany")),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "upserted") { ["D"] = "d" }),
        ]);

        Assert.Equal(8, etags.Count);
        Assert.All(etags.Take(5).Append(etags[7]), e => Assert.NotEqual(default(ETag), Assert.NotNull(e)));
        Assert.Null(etags[5]);
        Assert.Null(etags[6]);

        var rows = (await ToListAsync(table.QueryAsync<TableEntity>())).ToDictionary(e => e.RowKey);
        Assert.Equal(["added", "merge", "replace", "update", "updatemerge", "upserted"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(7, rows["added"].GetInt32("A"));
        Assert.Equal(1, rows["merge"].GetInt32("A"));
        Assert.Equal(2, rows["merge"].GetInt32("B"));
        Assert.Equal(["B"], rows["replace"].CustomProperties.Select(p => p.Key));
        Assert.Equal(["C"], rows["update"].CustomProperties.Select(p => p.Key));
        Assert.Equal(["A", "B", "C"], rows["updatemerge"].CustomProperties.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("d", rows["upserted"].GetString("D"));
        Assert.Equal(etags[0], rows["added"].ETag);
        Assert.Equal(etags[3], rows["update"].ETag);
    }

    [Fact]
    public async Task Transaction_WhoseSecondActionFails_ReportsIndex1_AndAppliesNothing()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "taken") { ["V"] = "original" });
        await table.AddEntityAsync(new TableEntity("p", "victim") { ["V"] = "original" });

        var e = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "first")),
            new(TableTransactionActionType.Add, new TableEntity("p", "taken") { ["V"] = "second" }),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "victim") { ["V"] = "changed" }),
            new(TableTransactionActionType.Add, new TableEntity("p", "third")),
        ]));

        Assert.Equal(1, e.FailedTransactionActionIndex);
        Assert.Equal(409, e.Status);
        Assert.Equal("EntityAlreadyExists", e.ErrorCode);
        var rows = await ToListAsync(table.QueryAsync<TableEntity>());
        Assert.Equal(["taken", "victim"], rows.Select(r => r.RowKey));
        Assert.All(rows, r => Assert.Equal("original", r.GetString("V")));
    }

    [Fact]
    public async Task Transaction_WithAStaleETag_Is412_AndRollsBack()
    {
        var table = await NewTableAsync();
        var stale = await table.AddEntityAsync(new TableEntity("p", "guarded") { ["V"] = 1 });
        await table.UpsertEntityAsync(new TableEntity("p", "guarded") { ["V"] = 2 });
        var deleteMe = await table.AddEntityAsync(new TableEntity("p", "deleteme"));

        var e = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Delete, new TableEntity("p", "deleteme"), deleteMe),
            new(TableTransactionActionType.Add, new TableEntity("p", "new")),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "guarded") { ["V"] = 3 }, stale),
        ]));

        Assert.Equal(412, e.Status);
        Assert.Equal(2, e.FailedTransactionActionIndex);
        Assert.Equal("UpdateConditionNotSatisfied", e.ErrorCode);
        var rows = await ToListAsync(table.QueryAsync<TableEntity>());
        Assert.Equal(["deleteme", "guarded"], rows.Select(r => r.RowKey));
        Assert.Equal(2, rows[1].GetInt32("V"));
    }

    [Fact]
    public async Task Transaction_UpdateOfAMissingEntityWithETagAll_Is404_AndRollsBack()
    {
        var table = await NewTableAsync();

        var e = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "a")),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "missing"), ETag.All),
        ]));

        Assert.Equal(404, e.Status);
        Assert.Equal(1, e.FailedTransactionActionIndex);
        Assert.Empty(await ToListAsync(table.QueryAsync<TableEntity>()));
    }

    [Fact]
    public async Task Transaction_DeleteOfAMissingEntity_Is404_AndRollsBack()
    {
        var table = await NewTableAsync();

        var e = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "a")),
            new(TableTransactionActionType.Delete, new TableEntity("p", "missing")),
        ]));

        Assert.Equal(404, e.Status);
        Assert.Equal(1, e.FailedTransactionActionIndex);
        Assert.Empty(await ToListAsync(table.QueryAsync<TableEntity>()));
    }

    [Fact]
    public async Task Transaction_UpdateWithoutETag_Upserts_AsInAzureDataTables()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "existing") { ["A"] = 1 });

        var etags = await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "existing") { ["B"] = 2 }),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "created") { ["C"] = 3 }),
        ]);

        Assert.Equal(2, etags.Count);
        var rows = (await ToListAsync(table.QueryAsync<TableEntity>())).ToDictionary(e => e.RowKey);
        Assert.Equal(1, rows["existing"].GetInt32("A"));
        Assert.Equal(2, rows["existing"].GetInt32("B"));
        Assert.Equal(3, rows["created"].GetInt32("C"));
    }

    [Fact]
    public async Task Transaction_OfTypedEntities_RoundTrips()
    {
        var table = await NewTableAsync();
        var when = new DateTimeOffset(2026, 5, 5, 5, 5, 5, TimeSpan.Zero).AddTicks(5);

        await table.SubmitTransactionAsync(Enumerable.Range(0, 3).Select(i => new TableTransactionAction(
            TableTransactionActionType.Add,
            new TypedContractEntity { PartitionKey = "p", RowKey = $"r{i}", Big = long.MaxValue - i, When = when, WhenUtc = when.UtcDateTime, Mood = ContractMood.Away, MaybeSmall = i })));

        var rows = await ToListAsync(table.QueryAsync<TypedContractEntity>());
        Assert.Equal([long.MaxValue, long.MaxValue - 1, long.MaxValue - 2], rows.Select(r => r.Big));
        Assert.All(rows, r => Assert.Equal(when.UtcTicks, r.When.UtcTicks));
        Assert.Equal([0, 1, 2], rows.Select(r => r.MaybeSmall!.Value));
        Assert.All(rows, r => Assert.Equal(ContractMood.Away, r.Mood));
    }

    [Fact]
    public async Task Transaction_OfExactly100Actions_Succeeds()
    {
        var table = await NewTableAsync();

        var etags = await table.SubmitTransactionAsync(
            Enumerable.Range(0, 100).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"r{i:D3}") { ["N"] = i })));

        Assert.Equal(100, etags.Count);
        Assert.Equal(100, (await ToListAsync(table.QueryAsync<TableEntity>())).Count);
    }

    [Fact]
    public async Task Transaction_BreakingClientSideLimits_IsRefusedBeforeSending()
    {
        var table = await NewTableAsync();
        static TableTransactionAction Add(string pk, string rk) => new(TableTransactionActionType.Add, new TableEntity(pk, rk));

        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(Enumerable.Range(0, 101).Select(i => Add("p", $"r{i}"))));
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync([Add("p", "a"), Add("q", "b")]));
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync([Add("p", "a"), Add("p", "a")]));
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(
            [Add("p", "a"), new(TableTransactionActionType.Delete, new TableEntity("p", "a"))]));
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync([]));
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync([Add("p", "a/b")]));

        Assert.Empty(await ToListAsync(table.QueryAsync<TableEntity>()));
    }

    [Fact]
    public async Task Transaction_NearFourMebibytes_IsRefusedBeforeSending_AndThreeMebibytesGoThrough()
    {
        var table = await NewTableAsync();
        var chunk = new string('x', 30_000);
        TableTransactionAction Big(int i) => new(
            TableTransactionActionType.Add,
            new TableEntity("p", $"r{i:D3}") { ["A"] = chunk, ["B"] = chunk });

        // 70 entities of about 60 KB: about 4.2 MB, over the 4 MiB (4,194,304 bytes) a transaction may carry.
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(Enumerable.Range(0, 70).Select(Big)));
        Assert.Empty(await ToListAsync(table.QueryAsync<TableEntity>()));

        // 52 such entities (about 3.1 MB) fit.
        var etags = await table.SubmitTransactionAsync(Enumerable.Range(0, 52).Select(Big));
        Assert.Equal(52, etags.Count);
        var rows = await ToListAsync(table.QueryAsync<TableEntity>());
        Assert.Equal(52, rows.Count);
        Assert.All(rows, r => Assert.Equal(chunk, r.GetString("B")));
    }

    // ---------------------------------------------------------------- values

    public static TheoryData<string, string> AwkwardStrings() => new()
    {
        { "unicode", "Grüße, naïve café, Ærøskøbing, Ünïcödé, 中文, 日本語, 한국어" },
        { "emoji", "👋🏽 hello 🎉🧑‍💻 family 👨‍👩‍👧‍👦 flag 🇳🇿" },
        { "arabic", "مرحبا بالعالم — سلام" },
        { "hebrew", "שלום עולם" },
        { "mixed-direction", "abc \u202Eאבג\u202C def 123" },
        { "markup", "<b onclick=\"alert('x')\">bold</b> &amp; <script>alert(1)</script> <!-- c -->" },
        { "template", "${user.name} {{handlebars}} $(cmd) `tick` %s {0} #{ruby}" },
        { "json", "{\"a\": [1, 2, {\"b\": null}], \"c\": \"\\u0000\"}" },
        { "whitespace", "  leading and trailing \t tabs \r\n and newlines\n" },
        { "control", "nul\u0000bell\u0007del\u007Fnel\u0085" },
        { "quotes", "it's \"quoted\" and ''doubled''" },
        { "backslashes", "C:\\path\\to\\file and a/b?c#d" },
        { "zero-width", "a\u200Bb\u200Dc\uFEFFd" },
    };

    [Theory]
    [MemberData(nameof(AwkwardStrings))]
    public async Task StringValues_RoundTripExactly(string label, string value)
    {
        var table = await NewTableAsync();

        await table.AddEntityAsync(new TableEntity("p", label) { ["Value"] = value });
        var read = await table.GetEntityAsync<TableEntity>("p", label);
        var found = await ToListAsync(table.QueryAsync<TableEntity>(TableOdataFilter.Create($"Value eq {value}")));

        Assert.Equal(value, read.GetString("Value"));
        Assert.Equal([label], found.Select(e => e.RowKey));
    }

    [Fact]
    public async Task Strings_Of32768Chars_RoundTrip()
    {
        var table = await NewTableAsync();
        var ascii = string.Concat(Enumerable.Range(0, 32_768).Select(i => (char)('a' + (i % 26))));
        var emoji = string.Concat(Enumerable.Repeat("😀", 16_384));
        Assert.Equal(32_768, emoji.Length);

        await table.AddEntityAsync(new TableEntity("p", "r") { ["Ascii"] = ascii, ["Emoji"] = emoji });
        var read = await table.GetEntityAsync<TableEntity>("p", "r");

        Assert.Equal(ascii, read.GetString("Ascii"));
        Assert.Equal(emoji, read.GetString("Emoji"));
    }

    [Fact]
    public async Task Strings_Over32768Chars_Are400PropertyValueTooLarge()
    {
        var table = await NewTableAsync();

        await AssertFailsAsync(400, "PropertyValueTooLarge", () => table.AddEntityAsync(new TableEntity("p", "ascii") { ["S"] = new string('a', 32_769) }));
        await AssertFailsAsync(400, "PropertyValueTooLarge", () => table.AddEntityAsync(new TableEntity("p", "emoji") { ["S"] = string.Concat(Enumerable.Repeat("😀", 16_385)) }));
        await table.AddEntityAsync(new TableEntity("p", "upsert") { ["S"] = "short" });
        await AssertFailsAsync(400, "PropertyValueTooLarge", () => table.UpsertEntityAsync(new TableEntity("p", "upsert") { ["S"] = new string('a', 32_769) }));

        Assert.Equal(["upsert"], (await ToListAsync(table.QueryAsync<TableEntity>())).Select(e => e.RowKey));
        Assert.Equal("short", (await table.GetEntityAsync<TableEntity>("p", "upsert")).GetString("S"));
    }

    // ---------------------------------------------------------------- keys

    public static TheoryData<string> AwkwardKeys() =>
    [
        "29:1a-b_c@thread.tacv2;messageid=123",
        "a:b@c;d",
        "o'brien",
        "''",
        "100%",
        "%2F%3F%23",
        "a+b",
        "with space",
        " leading and trailing ",
        "a&b=c",
        "a~b",
        "~2F",
        "(parens),[brackets],{braces}",
        "*!$^|<>\"",
        "Grüße 中文",
        "👋🏽🎉",
        "مرحبا",
        "שלום",
        "x\u200By",
    ];

    [Theory]
    [MemberData(nameof(AwkwardKeys))]
    public async Task AllowedAwkwardKeys_AreStoredRaw_AndFoundByEveryPath(string key)
    {
        var table = await NewTableAsync();

        var etag = await table.AddEntityAsync(new TableEntity(key, key) { ["Key"] = key });
        var read = await table.GetEntityAsync<TableEntity>(key, key);
        var listed = await ToListAsync(table.QueryAsync<TableEntity>());
        var filtered = await ToListAsync(table.QueryAsync<TableEntity>(TableOdataFilter.Create($"PartitionKey eq {key} and RowKey eq {key}")));
        etag = await table.UpdateEntityAsync(new TableEntity(key, key) { ["Key"] = key, ["Updated"] = true }, etag);
        await table.DeleteEntityAsync(key, key, etag);

        Assert.Equal((key, key, key), (read.PartitionKey, read.RowKey, read.GetString("Key")));
        Assert.Equal([(key, key)], listed.Select(e => (e.PartitionKey, e.RowKey)));
        Assert.Equal([(key, key)], filtered.Select(e => (e.PartitionKey, e.RowKey)));
        Assert.Null(await table.GetEntityIfExistsAsync<TableEntity>(key, key));
    }

    [Fact]
    public async Task AwkwardKeys_InOnePartition_ListInOrdinalOrder_AndTransactWell()
    {
        var table = await NewTableAsync();
        var keys = ((IEnumerable<object[]>)AwkwardKeys()).Select(row => (string)row[0]).ToList();
        const string Partition = "29:1a-b_c@thread.tacv2;messageid=123";

        await table.SubmitTransactionAsync(keys.Select(k => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(Partition, k) { ["Key"] = k })));

        var rows = await ToListAsync(table.QueryAsync<TableEntity>());
        Assert.Equal(keys.Order(StringComparer.Ordinal), rows.Select(r => r.RowKey));
        Assert.All(rows, r => Assert.Equal(r.RowKey, r.GetString("Key")));
    }

    public static TheoryData<string> ForbiddenKeys() =>
    [
        "a/b",
        "a\\b",
        "issue#42",
        "what?",
        "tab\there",
        "nul\u0000",
        "del\u007F",
        "nel\u0085",
        "new\r\nline",
        "https://teams.microsoft.com/l/message/19:abc@thread.tacv2/123?tenantId=x#frag",
        "all / \\ # ? \t % ~ together",
    ];

    [Theory]
    [MemberData(nameof(ForbiddenKeys))]
    public async Task ForbiddenKeys_EscapedWithTableKey_AreStored_AndUnescapeExactly(string original)
    {
        var table = await NewTableAsync();
        var key = TableKey.Escape(original);

        await table.AddEntityAsync(new TableEntity(key, key) { ["Original"] = original });
        var read = await table.GetEntityAsync<TableEntity>(key, key);
        var listed = await ToListAsync(table.QueryAsync<TableEntity>(TableOdataFilter.Create($"PartitionKey eq {key}")));

        Assert.Equal(key, read.RowKey);
        Assert.Equal(original, TableKey.Unescape(read.PartitionKey));
        Assert.Equal(original, TableKey.Unescape(read.RowKey));
        Assert.Equal(original, read.GetString("Original"));
        Assert.Equal([original], listed.Select(e => TableKey.Unescape(e.RowKey)));
    }

    [Theory]
    [MemberData(nameof(ForbiddenKeys))]
    public async Task ForbiddenKeys_Unescaped_AreRefusedBeforeSending(string key)
    {
        var table = await NewTableAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity(key, "r")));
        await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity("p", key)));
        await Assert.ThrowsAsync<ArgumentException>(() => table.UpsertEntityAsync(new TableEntity("p", key)));
        await Assert.ThrowsAsync<ArgumentException>(() => table.UpdateEntityAsync(new TableEntity("p", key), ETag.All));
        await Assert.ThrowsAsync<ArgumentException>(() => table.GetEntityAsync<TableEntity>("p", key));
        await Assert.ThrowsAsync<ArgumentException>(() => table.GetEntityIfExistsAsync<TableEntity>(key, "r"));
        await Assert.ThrowsAsync<ArgumentException>(() => table.DeleteEntityAsync(key, "r"));

        Assert.Empty(await ToListAsync(table.QueryAsync<TableEntity>()));
    }

    [Fact]
    public async Task Keys_Of512Chars_AreStored_513AreRefusedBeforeSending()
    {
        var table = await NewTableAsync();
        var longest = new string('k', TableKey.MaxLength);
        var tooLong = new string('k', TableKey.MaxLength + 1);

        await table.AddEntityAsync(new TableEntity(longest, longest));
        var read = await table.GetEntityAsync<TableEntity>(longest, longest);

        Assert.Equal(512, read.PartitionKey.Length);
        Assert.Equal(512, read.RowKey.Length);
        await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity(tooLong, "r")));
        await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity("p", tooLong)));
        await Assert.ThrowsAsync<ArgumentException>(() => table.GetEntityAsync<TableEntity>("p", tooLong));
        Assert.Single(await ToListAsync(table.QueryAsync<TableEntity>()));
    }

    [Fact]
    public async Task InvalidTableNames_AreRefusedBeforeSending()
    {
        Assert.Throws<ArgumentException>(() => Service.GetTableClient("ab"));
        Assert.Throws<ArgumentException>(() => Service.GetTableClient("1abc"));
        Assert.Throws<ArgumentException>(() => Service.GetTableClient("has-dash"));
        Assert.Throws<ArgumentException>(() => Service.GetTableClient("tables"));
        Assert.Throws<ArgumentException>(() => Service.GetTableClient(new string('a', 64)));
        await Assert.ThrowsAsync<ArgumentException>(() => Service.CreateTableAsync("bad name"));

        var longest = ("a" + Guid.NewGuid().ToString("N")).PadRight(63, 'z');
        Track(longest);
        await Service.CreateTableIfNotExistsAsync(longest);
        Assert.Single(await ToListAsync(Service.QueryAsync(TableOdataFilter.Create($"TableName eq {longest}"))));
    }

    // ---------------------------------------------------------------- helpers

    private const int LargeTableSize = 2500;
    private const int LargeTablePartitions = 5;

    private static readonly int[] NeedleIndexes = [0, 7, 999, 1000, 1234, 1999, 2000, 2498, 2499];

    /// <summary>2,500 entities in 5 partitions, added partition by partition from the last, 100 per transaction.</summary>
    private static async Task<List<(string PartitionKey, string RowKey)>> FillLargeTableAsync(TableClient table)
    {
        const int PerPartition = LargeTableSize / LargeTablePartitions;
        var needles = NeedleIndexes.ToHashSet();
        for (var p = LargeTablePartitions - 1; p >= 0; p--)
        {
            for (var start = PerPartition - 100; start >= 0; start -= 100)
            {
                await table.SubmitTransactionAsync(Enumerable.Range(start, 100).Select(r =>
                {
                    var n = (p * PerPartition) + r;
                    var entity = new TableEntity($"part{p}", $"row{r:D4}") { ["N"] = n, ["Payload"] = "payload " + n };
                    if (needles.Contains(n))
                    {
                        entity["Tag"] = "needle";
                    }

                    return new TableTransactionAction(TableTransactionActionType.Add, entity);
                }));
            }
        }

        return Enumerable.Range(0, LargeTableSize)
            .Select(n => ($"part{n / PerPartition}", $"row{n % PerPartition:D4}"))
            .ToList();
    }

    protected static string NewTableName() => "ct" + Guid.NewGuid().ToString("N");

    protected async Task<TableClient> NewTableAsync()
    {
        var name = NewTableName();
        Track(name);
        await Service.CreateTableAsync(name);
        return Service.GetTableClient(name);
    }

    protected void Track(string tableName) => _tables.Add(tableName);

    private static async Task<List<string>> RowKeysAsync(TableClient table, string filter) =>
        (await ToListAsync(table.QueryAsync<TableEntity>(filter))).Select(e => e.RowKey).ToList();

    protected static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }

    protected static async Task<RequestFailedException> AssertFailsAsync(int status, string? errorCode, Func<Task> action)
    {
        var e = await Assert.ThrowsAnyAsync<RequestFailedException>(action);
        Assert.Equal(status, e.Status);
        if (errorCode is not null)
        {
            Assert.Equal(errorCode, e.ErrorCode);
        }

        return e;
    }

    private static void AssertSameInstantUtc(DateTimeOffset expected, DateTimeOffset actual)
    {
        Assert.Equal(expected.UtcTicks, actual.UtcTicks);
        Assert.Equal(TimeSpan.Zero, actual.Offset);
    }
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteTableStoreContractTests(AzuriteFixture azurite) : TableStoreContract
{
    protected override TableServiceClient CreateService() => azurite.CreateServiceClient();
}

[Collection(EmbeddedStoreCollection.Name)]
public sealed class EmbeddedTableStoreContractTests(EmbeddedStoreFixture embedded) : TableStoreContract
{
    protected override TableServiceClient CreateService() => embedded.CreateServiceClient();
}
