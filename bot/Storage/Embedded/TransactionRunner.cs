using Azure;
using Azure.Data.Tables;

namespace ConnectorBot.Storage.Embedded;

/// <summary>
/// Applies a transaction's actions in order inside the caller's SQL transaction. The first failure
/// becomes a <see cref="TableTransactionFailedException"/> naming that action; the caller rolls back.
/// </summary>
public static class TransactionRunner
{
    public static IReadOnlyList<ETag?> Apply(StoreSession session, string tableName, IReadOnlyList<TableTransactionAction> actions, WriteClock clock)
    {
        long tableId;
        try
        {
            tableId = TableCatalog.Require(session, tableName);
        }
        catch (RequestFailedException e)
        {
            // The service reports a missing table against the first action.
            throw Failed(e, 0);
        }

        var writer = new EntityWriter(session, tableId, clock);
        var etags = new ETag?[actions.Count];
        for (var i = 0; i < actions.Count; i++)
        {
            try
            {
                etags[i] = ApplyOne(writer, actions[i]);
            }
            catch (RequestFailedException e)
            {
                throw Failed(e, i);
            }
        }

        return etags;
    }

    // Like the service, the message starts with the failing action's zero-based index.
    private static TableTransactionFailedException Failed(RequestFailedException e, int index)
    {
        var failure = new RequestFailedException(e.Status, $"{index}:{e.Message}", e.ErrorCode, null);

        // The SDK's exception reads the failing action's index from this entry, as it does for the service's answer.
        failure.Data["FailedEntity"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new TableTransactionFailedException(failure);
    }

    private static ETag? ApplyOne(EntityWriter writer, TableTransactionAction action)
    {
        var entity = (TableEntity)action.Entity;
        switch (action.ActionType)
        {
            case TableTransactionActionType.Add:
                return writer.Add(entity);
            case TableTransactionActionType.UpdateMerge:
            case TableTransactionActionType.UpdateReplace:
                var mode = action.ActionType == TableTransactionActionType.UpdateMerge ? TableUpdateMode.Merge : TableUpdateMode.Replace;
                // A default ETag sends no If-Match in a batch, which makes the update an upsert.
                return action.ETag == default ? writer.Upsert(entity, mode) : writer.Update(entity, action.ETag, mode);
            case TableTransactionActionType.UpsertMerge:
                return writer.Upsert(entity, TableUpdateMode.Merge);
            case TableTransactionActionType.UpsertReplace:
                return writer.Upsert(entity, TableUpdateMode.Replace);
            case TableTransactionActionType.Delete:
                writer.Delete(entity.PartitionKey, entity.RowKey, action.ETag == default ? ETag.All : action.ETag);
                return null;
            default:
                throw StoreErrors.InvalidInput("unknown transaction action type.");
        }
    }
}
