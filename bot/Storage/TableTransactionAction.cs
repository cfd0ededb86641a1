using Azure;

namespace ConnectorBot.Storage;

public enum TableTransactionActionType
{
    Add,
    UpdateMerge,
    UpdateReplace,
    Delete,
    UpsertMerge,
    UpsertReplace,
}

/// <summary>
/// One operation of an entity group transaction. As in Azure.Data.Tables, an Update* with a default
/// ETag sends no If-Match (so it upserts) and a Delete with a default ETag is unconditional.
/// </summary>
public sealed class TableTransactionAction(TableTransactionActionType actionType, ITableEntity entity, ETag etag = default)
{
    public TableTransactionActionType ActionType { get; } = actionType;

    public ITableEntity Entity { get; } = entity ?? throw new ArgumentNullException(nameof(entity));

    public ETag ETag { get; } = etag;
}
