using System.Runtime.CompilerServices;

using Azure;
using Azure.Data.Tables;

namespace ConnectorBot.Storage;

/// <summary>
/// What both stores share behind <see cref="ITable"/>: typed entities mapped to canonical
/// <see cref="TableEntity"/>s, keys and transaction limits checked before anything is sent (so both
/// refuse the same things), and the "missing is fine" rules of get and delete.
/// </summary>
public abstract class MappedTable(string name) : ITable
{
    public const int MaxPageSize = 1000;

    public string Name { get; } = name;

    public async Task<T?> GetEntityIfExistsAsync<T>(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        TableKey.Validate(partitionKey, nameof(partitionKey));
        TableKey.Validate(rowKey, nameof(rowKey));
        var entity = await FindAsync(partitionKey, rowKey, SelectWithKeys(select), cancellationToken);
        return entity is null ? null : EntityMapper.FromTableEntity<T>(entity);
    }

    public Task<ETag> AddEntityAsync<T>(T entity, CancellationToken cancellationToken = default)
        where T : ITableEntity => AddAsync(EntityMapper.ToTableEntity(entity), cancellationToken);

    public Task<ETag> UpsertEntityAsync<T>(T entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
        where T : ITableEntity => UpsertAsync(EntityMapper.ToTableEntity(entity), mode, cancellationToken);

    public Task<ETag> UpdateEntityAsync<T>(T entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
        where T : ITableEntity
    {
        if (ifMatch == default)
        {
            throw new ArgumentException("UpdateEntity needs an ETag to match; pass ETag.All to overwrite unconditionally.", nameof(ifMatch));
        }

        return UpdateAsync(EntityMapper.ToTableEntity(entity), ifMatch, mode, cancellationToken);
    }

    public async Task DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        TableKey.Validate(partitionKey, nameof(partitionKey));
        TableKey.Validate(rowKey, nameof(rowKey));
        try
        {
            await DeleteAsync(partitionKey, rowKey, ifMatch == default ? ETag.All : ifMatch, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    public async IAsyncEnumerable<T> QueryAsync<T>(
        TableFilter? filter = null,
        IEnumerable<string>? select = null,
        int? maxPerPage = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        var pageSize = Math.Clamp(maxPerPage ?? MaxPageSize, 1, MaxPageSize);
        await foreach (var entity in ScanAsync(filter ?? TableFilter.All, SelectWithKeys(select), pageSize, cancellationToken))
        {
            yield return EntityMapper.FromTableEntity<T>(entity);
        }
    }

    public Task<IReadOnlyList<ETag?>> SubmitTransactionAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var list = actions.Select(a => new TableTransactionAction(
            a.ActionType,
            EntityMapper.ToTableEntity(a.Entity),
            a.ActionType == TableTransactionActionType.Delete && a.ETag == default ? ETag.All : a.ETag)).ToList();
        TransactionLimits.Check(list);
        return SubmitAsync(list, cancellationToken);
    }

    /// <summary>The entity, or null when it does not exist.</summary>
    protected abstract Task<TableEntity?> FindAsync(string partitionKey, string rowKey, IReadOnlyList<string>? select, CancellationToken cancellationToken);

    protected abstract Task<ETag> AddAsync(TableEntity entity, CancellationToken cancellationToken);

    protected abstract Task<ETag> UpsertAsync(TableEntity entity, TableUpdateMode mode, CancellationToken cancellationToken);

    protected abstract Task<ETag> UpdateAsync(TableEntity entity, ETag ifMatch, TableUpdateMode mode, CancellationToken cancellationToken);

    /// <summary>404 when missing, 412 on a stale ETag.</summary>
    protected abstract Task DeleteAsync(string partitionKey, string rowKey, ETag ifMatch, CancellationToken cancellationToken);

    protected abstract IAsyncEnumerable<TableEntity> ScanAsync(TableFilter filter, IReadOnlyList<string>? select, int pageSize, CancellationToken cancellationToken);

    protected abstract Task<IReadOnlyList<ETag?>> SubmitAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken);

    // Selected reads still return the system properties, so typed entities always know their keys and ETag.
    private static IReadOnlyList<string>? SelectWithKeys(IEnumerable<string>? select)
    {
        if (select is null)
        {
            return null;
        }

        var list = select.ToList();
        foreach (var key in new[] { EntityProperties.PartitionKey, EntityProperties.RowKey, EntityProperties.Timestamp })
        {
            if (!list.Contains(key, StringComparer.Ordinal))
            {
                list.Add(key);
            }
        }

        return list;
    }
}
