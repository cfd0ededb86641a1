using Azure;
using Azure.Data.Tables;

namespace ConnectorBot.Storage;

/// <summary>Deletes one team's partition of a per-team table, 100 rows per transaction.</summary>
public static class TeamPartitionEraser
{
    public static async Task<int> EraseAsync(TableSet tables, string tableName, string tenantId, string teamId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(tableName);
        var keys = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(TeamPartition.EqualsFilter(tenantId, teamId), select: [EntityProperties.PartitionKey], cancellationToken: cancellationToken))
        {
            keys.Add(new TableEntity(row.PartitionKey, row.RowKey));
        }

        foreach (var batch in keys.Chunk(TransactionLimits.MaxActions))
        {
            try
            {
                await table.SubmitTransactionAsync(batch.Select(k => new TableTransactionAction(TableTransactionActionType.Delete, k)), cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // A row went meanwhile (another instance sweeping, a late write): one by one, missing rows are no error.
                foreach (var key in batch)
                {
                    await table.DeleteEntityAsync(key.PartitionKey, key.RowKey, cancellationToken: cancellationToken);
                }
            }
        }

        return keys.Count;
    }
}
