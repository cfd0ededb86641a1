using System.Runtime.CompilerServices;

using Azure;
using Azure.Data.Tables;

namespace ConnectorBot.Storage.Embedded;

/// <summary>One table of the embedded store.</summary>
public sealed class SqliteTable(SqliteTableStore store, string name) : MappedTable(name)
{
    protected override Task<TableEntity?> FindAsync(string partitionKey, string rowKey, IReadOnlyList<string>? select, CancellationToken cancellationToken) =>
        store.FindEntityAsync(Name, partitionKey, rowKey, select, cancellationToken);

    protected override Task<ETag> AddAsync(TableEntity entity, CancellationToken cancellationToken) =>
        store.AddEntityAsync(Name, entity, cancellationToken);

    protected override Task<ETag> UpsertAsync(TableEntity entity, TableUpdateMode mode, CancellationToken cancellationToken) =>
        store.UpsertEntityAsync(Name, entity, mode, cancellationToken);

    protected override Task<ETag> UpdateAsync(TableEntity entity, ETag ifMatch, TableUpdateMode mode, CancellationToken cancellationToken) =>
        store.UpdateEntityAsync(Name, entity, ifMatch, mode, cancellationToken);

    protected override Task DeleteAsync(string partitionKey, string rowKey, ETag ifMatch, CancellationToken cancellationToken) =>
        store.DeleteEntityAsync(Name, partitionKey, rowKey, ifMatch, cancellationToken);

    protected override async IAsyncEnumerable<TableEntity> ScanAsync(TableFilter filter, IReadOnlyList<string>? select, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? token = null;
        do
        {
            var page = await store.QueryPageAsync(Name, filter, select, pageSize, token, cancellationToken);
            foreach (var entity in page.Values)
            {
                yield return entity;
            }

            token = page.ContinuationToken;
        }
        while (token is not null);
    }

    protected override Task<IReadOnlyList<ETag?>> SubmitAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken) =>
        store.SubmitTransactionAsync(Name, actions, cancellationToken);
}
