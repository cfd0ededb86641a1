using System.Collections.Concurrent;

namespace ConnectorBot.Storage;

/// <summary>Hands out tables, creating each table once per process on first use.</summary>
public sealed class TableSet(ITableStore store)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<ITable>>> _tables = new(StringComparer.OrdinalIgnoreCase);

    public ITableStore Store => store;

    public Task<ITable> GetAsync(string tableName) =>
        _tables.GetOrAdd(tableName, name => new Lazy<Task<ITable>>(() => CreateAsync(name))).Value;

    private async Task<ITable> CreateAsync(string tableName)
    {
        try
        {
            return await store.OpenTableAsync(tableName);
        }
        catch
        {
            // Let the next caller try again rather than caching the failure for the process's life.
            _tables.TryRemove(tableName, out _);
            throw;
        }
    }
}
