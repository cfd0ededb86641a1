using Azure;
using Azure.Data.Tables;

using ConnectorBot.Storage;

namespace ConnectorBot.Tests.Storage.Contract;

public abstract partial class TableStoreContract
{
    private const int LargeTableSize = 2500;
    private const int LargeTablePartitions = 5;

    private static readonly int[] NeedleIndexes = [0, 7, 999, 1000, 1234, 1999, 2000, 2498, 2499];

    /// <summary>2,500 entities in 5 partitions, added partition by partition from the last, 100 per transaction.</summary>
    private static async Task<List<(string PartitionKey, string RowKey)>> FillLargeTableAsync(ITable table)
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

    protected Task<ITable> NewTableAsync() => Store.OpenTableAsync(NewTableName());

    private static async Task<List<string>> RowKeysAsync(ITable table, TableFilter filter) =>
        (await ToListAsync(table.QueryAsync<TableEntity>(filter))).Select(e => e.RowKey).ToList();

    /// <summary>The entity, which the test expects to exist.</summary>
    protected static async Task<T> GetAsync<T>(ITable table, string partitionKey, string rowKey, IEnumerable<string>? select = null)
        where T : class, ITableEntity, new() =>
        await table.GetEntityIfExistsAsync<T>(partitionKey, rowKey, select) ?? throw new Xunit.Sdk.XunitException($"No entity at ({partitionKey}, {rowKey}).");

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
