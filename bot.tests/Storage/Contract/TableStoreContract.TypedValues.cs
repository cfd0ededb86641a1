using Azure.Data.Tables;

using ConnectorBot.Storage;

namespace ConnectorBot.Tests.Storage.Contract;

public abstract partial class TableStoreContract
{
    [Fact]
    public async Task Table_entity_round_trips_every_type_exactly()
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
            ["When"] = when,
            ["WhenOffset"] = whenOffset,
            ["WhenUtc"] = whenUtc,
            ["Id"] = id,
            ["Bytes"] = bytes,
            ["EmptyBytes"] = Array.Empty<byte>(),
        };

        await table.AddEntityAsync(entity);
        var read = await GetAsync<TableEntity>(table, "p", "r");

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
    public async Task Na_n_and_infinities_are_refused_before_sending()
    {
        // The SDK writes doubles as JSON numbers, which have no NaN or infinity; the embedded store refuses them too.
        var table = await NewTableAsync();

        foreach (var value in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity("p", "r") { ["D"] = value }));
        }

        Assert.Null(await table.GetEntityIfExistsAsync<TableEntity>("p", "r"));
    }

    [Fact]
    public async Task Negative_zero_reads_back_as_zero()
    {
        // Azurite drops the sign of -0.0 (it answers 0.0), so the contract only promises the value zero.
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Zero"] = -0.0 });

        var read = await GetAsync<TableEntity>(table, "p", "r");

        Assert.Equal(0.0, Assert.IsType<double>(read["Zero"]));
    }

    [Fact]
    public async Task Typed_entity_round_trips_every_type_exactly_including_enums_and_nullables()
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
        var read = await GetAsync<TypedContractEntity>(table, "p", "full");

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
        var raw = await GetAsync<TableEntity>(table, "p", "full");
        Assert.Equal("Busy", raw["Mood"]);
        Assert.IsType<long>(raw["Big"]);
        Assert.IsType<int>(raw["Small"]);
        Assert.IsType<DateTimeOffset>(raw["WhenUtc"]);
    }

    [Fact]
    public async Task Typed_entity_nulls_are_not_stored_and_read_back_as_null()
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

        var read = await GetAsync<TypedContractEntity>(table, "p", "sparse");
        var raw = await GetAsync<TableEntity>(table, "p", "sparse");

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
    public async Task Property_names_are_case_sensitive()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["name"] = "lower", ["Name"] = "upper" });

        var read = await GetAsync<TableEntity>(table, "p", "r");

        Assert.Equal("lower", read.GetString("name"));
        Assert.Equal("upper", read.GetString("Name"));
        Assert.Equal(["lower"], (await ToListAsync(table.QueryAsync<TableEntity>(TableFilter.Where("name", "lower")))).Select(e => e.GetString("name")));
        Assert.Empty(await ToListAsync(table.QueryAsync<TableEntity>(TableFilter.Where("Name", "lower"))));
    }

    [Fact]
    public async Task Timestamp_is_set_by_the_store_and_advances_on_each_write()
    {
        var table = await NewTableAsync();
        var before = DateTimeOffset.UtcNow.AddMinutes(-5);
        await table.AddEntityAsync(new TableEntity("p", "r") { Timestamp = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        var first = (await GetAsync<TableEntity>(table, "p", "r")).Timestamp!.Value;

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });
        var second = (await GetAsync<TableEntity>(table, "p", "r")).Timestamp!.Value;

        Assert.True(first > before, $"Timestamp {first:O} is the store's clock, not the value written.");
        Assert.True(second > first, $"Timestamp must advance: {first:O} then {second:O}.");
        Assert.True(Assert.Single(await ToListAsync(table.QueryAsync<TableEntity>())).ContainsKey("N"));
        // A second either side: Azurite compares Timestamps to the millisecond only (Azure to the tick).
        Assert.Equal(["r"], await RowKeysAsync(table, TableFilter.LastModifiedBefore(second.AddSeconds(1))));
        Assert.Empty(await RowKeysAsync(table, TableFilter.LastModifiedBefore(first.AddSeconds(-1))));
    }
}
