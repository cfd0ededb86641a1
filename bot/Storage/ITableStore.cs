using Azure;

namespace ConnectorBot.Storage;

/// <summary>
/// One storage account as the table clients see it: the Table service over REST, or the embedded store.
/// Both honour the same contract: entities carry canonical Edm values (see <see cref="EdmValue"/>),
/// failures are <see cref="RequestFailedException"/>s with the service's status and error code
/// (404 ResourceNotFound/TableNotFound, 409 EntityAlreadyExists/TableAlreadyExists,
/// 412 UpdateConditionNotSatisfied, 400 for invalid input), and every write returns the new ETag.
/// Arguments are already validated by <see cref="TableClient"/>.
/// </summary>
public interface ITableStore
{
    string AccountName { get; }

    Uri Uri { get; }

    Task CreateTableAsync(string tableName, CancellationToken cancellationToken);

    Task DeleteTableAsync(string tableName, CancellationToken cancellationToken);

    Task<StorePage<TableItem>> QueryTablesAsync(string? filter, int? pageSize, string? continuationToken, CancellationToken cancellationToken);

    Task<ETag> AddEntityAsync(string tableName, TableEntity entity, CancellationToken cancellationToken);

    Task<TableEntity> GetEntityAsync(string tableName, string partitionKey, string rowKey, IReadOnlyList<string>? select, CancellationToken cancellationToken);

    /// <summary>Insert-or-merge / insert-or-replace: no If-Match.</summary>
    Task<ETag> UpsertEntityAsync(string tableName, TableEntity entity, TableUpdateMode mode, CancellationToken cancellationToken);

    /// <summary>Update with If-Match (<see cref="ETag.All"/> for unconditional); 404 when missing, 412 on a stale ETag.</summary>
    Task<ETag> UpdateEntityAsync(string tableName, TableEntity entity, ETag ifMatch, TableUpdateMode mode, CancellationToken cancellationToken);

    /// <summary>Delete with If-Match; 404 when missing, 412 on a stale ETag.</summary>
    Task DeleteEntityAsync(string tableName, string partitionKey, string rowKey, ETag ifMatch, CancellationToken cancellationToken);

    /// <summary>One page, in PartitionKey then RowKey order, at most 1,000 entities.</summary>
    Task<StorePage<TableEntity>> QueryEntitiesAsync(
        string tableName,
        string? filter,
        IReadOnlyList<string>? select,
        int? pageSize,
        string? continuationToken,
        CancellationToken cancellationToken);

    /// <summary>Atomic: all or nothing. Returns each action's new ETag (null for deletes).</summary>
    Task<IReadOnlyList<ETag?>> SubmitTransactionAsync(string tableName, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken);
}
