using Azure;
using Azure.Core;

using ConnectorBot.Storage.Rest;

namespace ConnectorBot.Storage;

/// <summary>The account-level client (mirrors Azure.Data.Tables.TableServiceClient, async half).</summary>
public class TableServiceClient
{
    private readonly ITableStore _store;

    public TableServiceClient(ITableStore store)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
    }

    public TableServiceClient(string connectionString, TableClientOptions? options = null)
        : this(RestTableStore.FromConnectionString(connectionString, options))
    {
    }

    public TableServiceClient(Uri endpoint, TableSharedKeyCredential credential, TableClientOptions? options = null)
        : this(RestTableStore.FromSharedKey(endpoint, credential, options))
    {
    }

    public TableServiceClient(Uri endpoint, AzureSasCredential credential, TableClientOptions? options = null)
        : this(RestTableStore.FromSas(endpoint, credential, options))
    {
    }

    public TableServiceClient(Uri endpoint, TokenCredential credential, TableClientOptions? options = null)
        : this(RestTableStore.FromTokenCredential(endpoint, credential, options))
    {
    }

    public string AccountName => _store.AccountName;

    public Uri Uri => _store.Uri;

    public static string CreateQueryFilter(FormattableString filter) => TableOdataFilter.Create(filter);

    public virtual TableClient GetTableClient(string tableName) => new(_store, tableName);

    public virtual Task<TableItem> CreateTableAsync(string tableName, CancellationToken cancellationToken = default) =>
        GetTableClient(tableName).CreateAsync(cancellationToken);

    public virtual Task<TableItem> CreateTableIfNotExistsAsync(string tableName, CancellationToken cancellationToken = default) =>
        GetTableClient(tableName).CreateIfNotExistsAsync(cancellationToken);

    public virtual Task DeleteTableAsync(string tableName, CancellationToken cancellationToken = default) =>
        GetTableClient(tableName).DeleteAsync(cancellationToken);

    public virtual AsyncPageable<TableItem> QueryAsync(string? filter = null, int? maxPerPage = null, CancellationToken cancellationToken = default) =>
        new StorePageable<TableItem>(
            (token, pageSize, ct) => _store.QueryTablesAsync(string.IsNullOrWhiteSpace(filter) ? null : filter, pageSize, token, ct),
            maxPerPage,
            cancellationToken);

    /// <summary>Cheapest round trip that proves the store answers and accepts our credentials.</summary>
    public virtual async Task CheckReachableAsync(CancellationToken cancellationToken = default) =>
        await _store.QueryTablesAsync(null, 1, null, cancellationToken).ConfigureAwait(false);
}
