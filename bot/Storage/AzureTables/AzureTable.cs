using System.Runtime.CompilerServices;

using Azure;
using Azure.Data.Tables;

namespace ConnectorBot.Storage.AzureTables;

/// <summary>One table through the SDK's <see cref="TableClient"/>; its errors pass through as they are.</summary>
public sealed class AzureTable(TableClient table) : MappedTable(table.Name)
{
    protected override async Task<TableEntity?> FindAsync(string partitionKey, string rowKey, IReadOnlyList<string>? select, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, select, cancellationToken);
        return response.HasValue ? EntityMapper.Canonical(response.Value!) : null;
    }

    protected override async Task<ETag> AddAsync(TableEntity entity, CancellationToken cancellationToken) =>
        (await table.AddEntityAsync(entity, cancellationToken)).Headers.ETag ?? default;

    protected override async Task<ETag> UpsertAsync(TableEntity entity, TableUpdateMode mode, CancellationToken cancellationToken) =>
        (await table.UpsertEntityAsync(entity, mode, cancellationToken)).Headers.ETag ?? default;

    protected override async Task<ETag> UpdateAsync(TableEntity entity, ETag ifMatch, TableUpdateMode mode, CancellationToken cancellationToken) =>
        (await table.UpdateEntityAsync(entity, ifMatch, mode, cancellationToken)).Headers.ETag ?? default;

    protected override async Task DeleteAsync(string partitionKey, string rowKey, ETag ifMatch, CancellationToken cancellationToken)
    {
        // The SDK takes a missing entity as success; the port's callers need only that too, but a stale ETag must still be 412.
        await table.DeleteEntityAsync(partitionKey, rowKey, ifMatch, cancellationToken);
    }

    protected override async IAsyncEnumerable<TableEntity> ScanAsync(TableFilter filter, IReadOnlyList<string>? select, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = table.QueryAsync<TableEntity>(AzureQueryFilter.Build(filter), pageSize, select, cancellationToken);
        await foreach (var entity in query)
        {
            yield return EntityMapper.Canonical(entity);
        }
    }

    protected override async Task<IReadOnlyList<ETag?>> SubmitAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        var response = await table.SubmitTransactionAsync(actions, cancellationToken);
        return response.Value
            .Select((r, i) => actions[i].ActionType == TableTransactionActionType.Delete ? null : r.Headers.ETag)
            .ToList();
    }
}
