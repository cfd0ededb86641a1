using Azure.Data.Tables;

using ConnectorBot.Storage;
using ConnectorBot.Storage.Embedded;

namespace ConnectorBot.Tests.Storage.Embedded;

/// <summary>Reads of the embedded store below the port, where its own tests look (pages, tokens, raw rows).</summary>
internal static class StoreReads
{
    /// <summary>The entity, which the test expects to exist.</summary>
    public static async Task<TableEntity> GetAsync(this SqliteTableStore store, string table, string partitionKey, string rowKey, IReadOnlyList<string>? select, CancellationToken cancellationToken) =>
        await store.FindEntityAsync(table, partitionKey, rowKey, select, cancellationToken) ?? throw new Xunit.Sdk.XunitException("No such entity.");

    /// <summary>One page of the whole table.</summary>
    public static Task<StorePage<TableEntity>> PageAsync(this SqliteTableStore store, string table, TableFilter? filter, IReadOnlyList<string>? select, int? pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        store.QueryPageAsync(table, filter ?? TableFilter.All, select, pageSize ?? 1000, continuationToken, cancellationToken);
}
