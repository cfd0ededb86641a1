using System.Collections.Concurrent;

namespace ConnectorBot.Storage;

/// <summary>Hands out table clients, creating each table once per process on first use.</summary>
public sealed class TableSet(TableServiceClient service)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> _tables = new(StringComparer.OrdinalIgnoreCase);

    public TableServiceClient Service => service;

    public Task<TableClient> GetAsync(string tableName) =>
        _tables.GetOrAdd(tableName, name => new Lazy<Task<TableClient>>(() => CreateAsync(name))).Value;

    private async Task<TableClient> CreateAsync(string tableName)
    {
        var table = service.GetTableClient(tableName);
        try
        {
            await table.CreateIfNotExistsAsync().ConfigureAwait(false);
        }
        catch
        {
            // Let the next caller try again rather than caching the failure for the process's life.
            _tables.TryRemove(tableName, out _);
            throw;
        }

        return table;
    }
}
