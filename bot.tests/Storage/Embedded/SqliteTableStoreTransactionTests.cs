using Azure;
using Azure.Data.Tables;

using ConnectorBot.Storage.Embedded;

namespace ConnectorBot.Tests.Storage.Embedded;

/// <summary>Entity group transactions of the embedded store: atomicity, failing index, returned ETags.</summary>
public sealed class SqliteTableStoreTransactionTests : IDisposable
{
    private const string Table = "Orders";
    private readonly SqliteTableStore _store = SqliteTableStore.InMemory();
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task A_failed_transaction_rolls_back_and_names_the_failing_action()
    {
        await _store.OpenTableAsync(Table, _ct);
        var existing = await _store.AddEntityAsync(Table, new TableEntity("p", "taken") { ["V"] = "old" }, _ct);

        var failed = await Assert.ThrowsAsync<TableTransactionFailedException>(() => _store.SubmitTransactionAsync(
            Table,
            [
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "new")),
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("p", "taken") { ["V"] = "new" }),
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "taken2")),
                new TableTransactionAction(TableTransactionActionType.UpdateMerge, new TableEntity("p", "taken"), existing),
            ],
            _ct));
        Assert.Equal((412, "UpdateConditionNotSatisfied", 3), (failed.Status, failed.ErrorCode, failed.FailedTransactionActionIndex));
        Assert.StartsWith("3:", failed.Message, StringComparison.Ordinal);

        var page = await _store.PageAsync(Table, null, null, null, null, _ct);
        var only = Assert.Single(page.Values);
        Assert.Equal(("taken", "old", existing), (only.RowKey, only.GetString("V"), only.ETag));
    }

    [Theory]
    [InlineData(TableTransactionActionType.Add, "taken", 409, "EntityAlreadyExists")]
    [InlineData(TableTransactionActionType.Delete, "missing", 404, "ResourceNotFound")]
    public async Task Transaction_failures_carry_the_single_operation_codes(TableTransactionActionType type, string rowKey, int status, string code)
    {
        await _store.OpenTableAsync(Table, _ct);
        await _store.AddEntityAsync(Table, new TableEntity("p", "taken"), _ct);

        var failed = await Assert.ThrowsAsync<TableTransactionFailedException>(() => _store.SubmitTransactionAsync(
            Table,
            [
                new TableTransactionAction(TableTransactionActionType.UpsertMerge, new TableEntity("p", "a")),
                new TableTransactionAction(type, new TableEntity("p", rowKey), type == TableTransactionActionType.Delete ? ETag.All : default),
            ],
            _ct));
        Assert.Equal((status, code, 1), (failed.Status, failed.ErrorCode, failed.FailedTransactionActionIndex));
        Assert.Null(await _store.FindEntityAsync(Table, "p", "a", null, _ct));
    }

    [Fact]
    public async Task A_transaction_returns_each_ETag_and_null_for_deletes()
    {
        await _store.OpenTableAsync(Table, _ct);
        var old = await _store.AddEntityAsync(Table, new TableEntity("p", "old"), _ct);
        await _store.AddEntityAsync(Table, new TableEntity("p", "doomed"), _ct);

        var etags = await _store.SubmitTransactionAsync(
            Table,
            [
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "a")),
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, new TableEntity("p", "old") { ["X"] = 1 }, old),
                new TableTransactionAction(TableTransactionActionType.UpdateMerge, new TableEntity("p", "upserted")),
                new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity("p", "doomed"), ETag.All),
            ],
            _ct);

        Assert.Equal(4, etags.Count);
        Assert.Null(etags[3]);
        Assert.Equal(etags[0], (await _store.GetAsync(Table, "p", "a", null, _ct)).ETag);
        Assert.Equal(etags[1], (await _store.GetAsync(Table, "p", "old", null, _ct)).ETag);
        Assert.Equal(etags[2], (await _store.GetAsync(Table, "p", "upserted", null, _ct)).ETag);
        Assert.Equal(3, etags.Take(3).Distinct().Count());
    }
}
