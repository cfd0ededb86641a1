using Azure;
using Azure.Data.Tables;

namespace ConnectorBot.Storage;

/// <summary>
/// Adds many rows, a transaction per hundred of one partition, keeping rows that already exist: what a write retried
/// after a crash needs (a batch that meets one existing row fails whole, so that batch is added one row at a time).
/// </summary>
public static class BulkAdd
{
    /// <summary>Returns how many rows were added now; rows with the same keys in <paramref name="entities"/> are added once.</summary>
    public static async Task<int> AddAllAsync<T>(this ITable table, IEnumerable<T> entities, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(entities);
        var added = 0;
        foreach (var partition in entities.GroupBy(e => e.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var batch in partition.DistinctBy(e => e.RowKey, StringComparer.Ordinal).Chunk(TransactionLimits.MaxActions))
            {
                added += await AddBatchAsync(table, batch, cancellationToken);
            }
        }

        return added;
    }

    private static async Task<int> AddBatchAsync<T>(ITable table, T[] batch, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        try
        {
            await table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)), cancellationToken);
            return batch.Length;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Part of this batch is already stored: one by one, keeping what exists.
        }

        var added = 0;
        foreach (var entity in batch)
        {
            try
            {
                await table.AddEntityAsync(entity, cancellationToken);
                added++;
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
            }
        }

        return added;
    }
}
