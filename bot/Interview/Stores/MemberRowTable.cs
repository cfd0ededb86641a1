using Azure.Data.Tables;

using ConnectorBot.Storage;

namespace ConnectorBot.Interview.Stores;

/// <summary>A table with one row per member: PartitionKey = tenant, RowKey = member (both escaped); writes are ETag-guarded.</summary>
public sealed class MemberRowTable<TEntity>(TableSet tables, string tableName)
    where TEntity : class, ITableEntity, new()
{
    public async Task<TEntity?> GetAsync(MemberKey member, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(tableName);
        return await table.GetEntityIfExistsAsync<TEntity>(TableKey.Escape(member.TenantId), TableKey.Escape(member.MemberId), cancellationToken: cancellationToken);
    }

    /// <summary>Read-modify-write with If-Match; <paramref name="change"/> may run more than once and returns null to write nothing.</summary>
    public async Task<TEntity?> UpdateAsync(MemberKey member, Func<TEntity?, TEntity?> change, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(tableName);
        return await table.UpdateAsync(TableKey.Escape(member.TenantId), TableKey.Escape(member.MemberId), change, cancellationToken: cancellationToken);
    }

    /// <summary>Every row of a tenant (one partition), lazily.</summary>
    public async IAsyncEnumerable<TEntity> ListAsync(string tenantId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(tableName);
        await foreach (var row in table.QueryAsync<TEntity>(TableFilter.Partition(TableKey.Escape(tenantId)), cancellationToken: cancellationToken))
        {
            yield return row;
        }
    }

    /// <summary>The member's row as a property bag (system properties left out), for exports.</summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(MemberKey member, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(tableName);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKey.Escape(member.TenantId), TableKey.Escape(member.MemberId), cancellationToken: cancellationToken);
        return row is null ? [] : [row.CustomProperties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)];
    }

    public async Task<int> EraseAsync(MemberKey member, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(tableName);
        var partitionKey = TableKey.Escape(member.TenantId);
        var rowKey = TableKey.Escape(member.MemberId);
        var existed = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, select: [], cancellationToken: cancellationToken) is not null;
        await table.DeleteEntityAsync(partitionKey, rowKey, cancellationToken: cancellationToken);
        return existed ? 1 : 0;
    }
}
