using Azure;
using Azure.Data.Tables;

namespace ConnectorBot.Storage;

/// <summary>
/// One table, as features use it: Azure Table Storage through the SDK, or the embedded SQLite store.
/// Entities are the SDK's (<see cref="TableEntity"/> or a class implementing <see cref="ITableEntity"/>),
/// so both stores keep the same property names and Edm types. Failures are
/// <see cref="RequestFailedException"/>s with the service's status and error code on both stores
/// (409 EntityAlreadyExists, 412 UpdateConditionNotSatisfied, 404 ResourceNotFound, 400 for invalid input).
/// </summary>
public interface ITable
{
    string Name { get; }

    /// <summary>The entity, or null when there is none. <paramref name="select"/> narrows the properties read (keys always come).</summary>
    Task<T?> GetEntityIfExistsAsync<T>(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new();

    /// <summary>Inserts; 409 EntityAlreadyExists when the keys are taken. Returns the new ETag.</summary>
    Task<ETag> AddEntityAsync<T>(T entity, CancellationToken cancellationToken = default)
        where T : ITableEntity;

    /// <summary>Inserts, or merges into / replaces the stored entity, whatever its version.</summary>
    Task<ETag> UpsertEntityAsync<T>(T entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
        where T : ITableEntity;

    /// <summary>Updates only while the stored ETag matches (412 otherwise, 404 when gone); <see cref="ETag.All"/> for unconditional.</summary>
    Task<ETag> UpdateEntityAsync<T>(T entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
        where T : ITableEntity;

    /// <summary>Deletes; a missing entity is not an error, a stale <paramref name="ifMatch"/> is (412). Default: unconditional.</summary>
    Task DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default);

    /// <summary>The matching entities in PartitionKey then RowKey order, read a page at a time as the caller goes.</summary>
    IAsyncEnumerable<T> QueryAsync<T>(TableFilter? filter = null, IEnumerable<string>? select = null, int? maxPerPage = null, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new();

    /// <summary>Up to 100 actions on one partition, all or nothing (a <see cref="TableTransactionFailedException"/> names the action at fault). Each action's new ETag (null for deletes).</summary>
    Task<IReadOnlyList<ETag?>> SubmitTransactionAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken = default);
}
