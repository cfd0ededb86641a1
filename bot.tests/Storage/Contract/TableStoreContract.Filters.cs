using Azure;

using ConnectorBot.Storage;

namespace ConnectorBot.Tests.Storage.Contract;

public abstract partial class TableStoreContract
{
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
}
