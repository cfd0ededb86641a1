using Azure;
using Azure.Data.Tables;

using ConnectorBot.Storage;

namespace ConnectorBot.Tests.Storage.Contract;

public abstract partial class TableStoreContract
{
    [Fact]
    public async Task Transaction_mixed_actions_all_apply_and_return_ETags()
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
    public async Task Transaction_whose_second_action_fails_reports_index_1_and_applies_nothing()
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
    public async Task Transaction_with_a_stale_ETag_is_412_and_rolls_back()
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
    public async Task Transaction_update_of_a_missing_entity_with_ETag_all_is_404_and_rolls_back()
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
    public async Task Transaction_delete_of_a_missing_entity_is_404_and_rolls_back()
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
    public async Task Transaction_update_without_ETag_upserts_as_in_azure_data_tables()
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
    public async Task Transaction_of_typed_entities_round_trips()
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
    public async Task Transaction_of_exactly_100_actions_succeeds()
    {
        var table = await NewTableAsync();

        var etags = await table.SubmitTransactionAsync(
            Enumerable.Range(0, 100).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"r{i:D3}") { ["N"] = i })));

        Assert.Equal(100, etags.Count);
        Assert.Equal(100, (await ToListAsync(table.QueryAsync<TableEntity>())).Count);
    }

    [Fact]
    public async Task Transaction_breaking_client_side_limits_is_refused_before_sending()
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
    public async Task Transaction_near_four_mebibytes_is_refused_before_sending_and_three_mebibytes_go_through()
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
}
