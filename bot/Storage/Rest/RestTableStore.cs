using Azure;
using Azure.Core;

namespace ConnectorBot.Storage.Rest;

/// <summary>The Table service over its REST protocol (Azure Table Storage or Azurite).</summary>
public sealed partial class RestTableStore : ITableStore
{
    public string AccountName => throw new NotImplementedException();

    public Uri Uri => throw new NotImplementedException();

    public static RestTableStore FromConnectionString(string connectionString, TableClientOptions? options) => throw new NotImplementedException();

    public static RestTableStore FromSharedKey(Uri endpoint, TableSharedKeyCredential credential, TableClientOptions? options) => throw new NotImplementedException();

    public static RestTableStore FromSas(Uri endpoint, AzureSasCredential credential, TableClientOptions? options) => throw new NotImplementedException();

    public static RestTableStore FromTokenCredential(Uri endpoint, TokenCredential credential, TableClientOptions? options) => throw new NotImplementedException();

    public Task CreateTableAsync(string tableName, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task DeleteTableAsync(string tableName, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<StorePage<TableItem>> QueryTablesAsync(string? filter, int? pageSize, string? continuationToken, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<ETag> AddEntityAsync(string tableName, TableEntity entity, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<TableEntity> GetEntityAsync(string tableName, string partitionKey, string rowKey, IReadOnlyList<string>? select, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<ETag> UpsertEntityAsync(string tableName, TableEntity entity, TableUpdateMode mode, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<ETag> UpdateEntityAsync(string tableName, TableEntity entity, ETag ifMatch, TableUpdateMode mode, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task DeleteEntityAsync(string tableName, string partitionKey, string rowKey, ETag ifMatch, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<StorePage<TableEntity>> QueryEntitiesAsync(string tableName, string? filter, IReadOnlyList<string>? select, int? pageSize, string? continuationToken, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<IReadOnlyList<ETag?>> SubmitTransactionAsync(string tableName, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken) => throw new NotImplementedException();
}
