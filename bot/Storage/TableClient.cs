using Azure;

using ConnectorBot.Storage.Rest;

namespace ConnectorBot.Storage;

/// <summary>
/// Operations on one table (mirrors Azure.Data.Tables.TableClient, async half). Validates keys,
/// table names and transaction limits before anything is sent, so both stores refuse the same things.
/// </summary>
public class TableClient
{
    public const int MaxPageSize = 1000;
    public const int MaxTransactionActions = 100;
    public const int MaxTransactionBytes = 4 * 1024 * 1024;

    // Headers and multipart framing of one batch operation, on top of its entity JSON.
    private const int TransactionActionOverheadBytes = 512;

    private readonly ITableStore _store;

    public TableClient(string connectionString, string tableName, TableClientOptions? options = null)
        : this(RestTableStore.FromConnectionString(connectionString, options), tableName)
    {
    }

    public TableClient(ITableStore store, string tableName)
    {
        ArgumentNullException.ThrowIfNull(store);
        TableName.Validate(tableName);
        _store = store;
        Name = tableName;
    }

    public string Name { get; }

    public string AccountName => _store.AccountName;

    public Uri Uri => new(_store.Uri.ToString().TrimEnd('/') + "/" + Name);

    public static string CreateQueryFilter(FormattableString filter) => TableOdataFilter.Create(filter);

    public virtual async Task<TableItem> CreateAsync(CancellationToken cancellationToken = default)
    {
        await _store.CreateTableAsync(Name, cancellationToken).ConfigureAwait(false);
        return new TableItem(Name);
    }

    /// <summary>Creates the table; an existing table is not an error.</summary>
    public virtual async Task<TableItem> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _store.CreateTableAsync(Name, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
        }

        return new TableItem(Name);
    }

    /// <summary>Deletes the table; a missing table is not an error.</summary>
    public virtual async Task DeleteAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _store.DeleteTableAsync(Name, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    /// <summary>Inserts; 409 EntityAlreadyExists when the keys are taken. Returns the new ETag.</summary>
    public virtual Task<ETag> AddEntityAsync<T>(T entity, CancellationToken cancellationToken = default)
        where T : ITableEntity => _store.AddEntityAsync(Name, ToWire(entity), cancellationToken);

    public virtual Task<ETag> UpsertEntityAsync<T>(T entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
        where T : ITableEntity => _store.UpsertEntityAsync(Name, ToWire(entity), mode, cancellationToken);

    /// <summary>Updates only if the stored ETag still matches (412 otherwise); <see cref="ETag.All"/> for unconditional.</summary>
    public virtual Task<ETag> UpdateEntityAsync<T>(T entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
        where T : ITableEntity
    {
        if (ifMatch == default)
        {
            throw new ArgumentException("UpdateEntity needs an ETag to match; pass ETag.All to overwrite unconditionally.", nameof(ifMatch));
        }

        return _store.UpdateEntityAsync(Name, ToWire(entity), ifMatch, mode, cancellationToken);
    }

    /// <summary>Reads one entity; 404 ResourceNotFound when it does not exist.</summary>
    public virtual async Task<T> GetEntityAsync<T>(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        where T : ITableEntity, new()
    {
        TableKey.Validate(partitionKey, nameof(partitionKey));
        TableKey.Validate(rowKey, nameof(rowKey));
        var entity = await _store.GetEntityAsync(Name, partitionKey, rowKey, SelectWithKeys(select), cancellationToken).ConfigureAwait(false);
        return EntityMapper.FromTableEntity<T>(entity);
    }

    /// <summary>Reads one entity, or null when it does not exist (the table must exist).</summary>
    public virtual async Task<T?> GetEntityIfExistsAsync<T>(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        try
        {
            return await GetEntityAsync<T>(partitionKey, rowKey, select, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404 && e.ErrorCode != "TableNotFound")
        {
            return null;
        }
    }

    /// <summary>Deletes one entity; a missing entity is not an error, a stale ETag is (412).</summary>
    public virtual async Task DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        TableKey.Validate(partitionKey, nameof(partitionKey));
        TableKey.Validate(rowKey, nameof(rowKey));
        try
        {
            await _store.DeleteEntityAsync(Name, partitionKey, rowKey, ifMatch == default ? ETag.All : ifMatch, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404 && e.ErrorCode != "TableNotFound")
        {
        }
    }

    /// <summary>Queries lazily, a page (at most 1,000 entities) at a time, in PartitionKey then RowKey order.</summary>
    public virtual AsyncPageable<T> QueryAsync<T>(string? filter = null, int? maxPerPage = null, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        where T : ITableEntity, new()
    {
        var selected = SelectWithKeys(select);
        return new StorePageable<T>(
            async (token, pageSize, ct) =>
            {
                var page = await _store.QueryEntitiesAsync(Name, string.IsNullOrWhiteSpace(filter) ? null : filter, selected, ClampPageSize(pageSize), token, ct).ConfigureAwait(false);
                return new StorePage<T>(page.Values.Select(EntityMapper.FromTableEntity<T>).ToList(), page.ContinuationToken);
            },
            maxPerPage,
            cancellationToken);
    }

    /// <summary>An interpolated filter whose holes become typed literals; see <see cref="TableFilterInterpolation"/>.</summary>
    public virtual AsyncPageable<T> QueryAsync<T>(TableFilterInterpolation filter, int? maxPerPage = null, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        where T : ITableEntity, new() => QueryAsync<T>(filter.ToString(), maxPerPage, select, cancellationToken);

    /// <summary>
    /// Runs up to 100 actions on one partition atomically. The limits (one partition, each entity once,
    /// ≤ 100 actions, ≤ 4 MiB) are checked here because the emulator does not enforce all of them.
    /// </summary>
    public virtual Task<IReadOnlyList<ETag?>> SubmitTransactionAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var list = actions.Select(a => new TableTransactionAction(
            a.ActionType,
            ToWire(a.Entity),
            a.ActionType == TableTransactionActionType.Delete && a.ETag == default ? ETag.All : a.ETag)).ToList();
        ValidateTransaction(list);
        return _store.SubmitTransactionAsync(Name, list, cancellationToken);
    }

    private static void ValidateTransaction(List<TableTransactionAction> actions)
    {
        if (actions.Count == 0)
        {
            throw new ArgumentException("A transaction needs at least one action.", nameof(actions));
        }

        if (actions.Count > MaxTransactionActions)
        {
            throw new ArgumentException($"A transaction holds at most {MaxTransactionActions} actions; this one has {actions.Count}.", nameof(actions));
        }

        var partition = actions[0].Entity.PartitionKey;
        var rows = new HashSet<string>(StringComparer.Ordinal);
        long bytes = 0;
        for (var i = 0; i < actions.Count; i++)
        {
            var entity = actions[i].Entity;
            if (!string.Equals(entity.PartitionKey, partition, StringComparison.Ordinal))
            {
                throw new ArgumentException($"All actions of a transaction must share one PartitionKey; action {i} does not.", nameof(actions));
            }

            if (!rows.Add(entity.RowKey))
            {
                throw new ArgumentException($"A transaction may touch each entity once; action {i} repeats an earlier RowKey.", nameof(actions));
            }

            bytes += TransactionActionOverheadBytes
                + (actions[i].ActionType == TableTransactionActionType.Delete ? 0 : EntityJson.Serialize((TableEntity)entity).Length);
        }

        if (bytes > MaxTransactionBytes)
        {
            throw new ArgumentException($"A transaction's payload is at most 4 MiB; this one is about {bytes / 1024} KiB.", nameof(actions));
        }
    }

    private static TableEntity ToWire(ITableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        TableKey.Validate(entity.PartitionKey, nameof(entity.PartitionKey));
        TableKey.Validate(entity.RowKey, nameof(entity.RowKey));
        return EntityMapper.ToTableEntity(entity);
    }

    private static int? ClampPageSize(int? pageSize) => pageSize is null ? null : Math.Clamp(pageSize.Value, 1, MaxPageSize);

    // Selected queries still return the system properties, so typed entities always know their keys and ETag.
    private static IReadOnlyList<string>? SelectWithKeys(IEnumerable<string>? select)
    {
        if (select is null)
        {
            return null;
        }

        var list = select.ToList();
        foreach (var key in new[] { TableEntity.PartitionKeyName, TableEntity.RowKeyName, TableEntity.TimestampName })
        {
            if (!list.Contains(key, StringComparer.Ordinal))
            {
                list.Add(key);
            }
        }

        return list;
    }
}
