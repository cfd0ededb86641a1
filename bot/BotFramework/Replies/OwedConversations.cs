using Azure.Data.Tables;

using ConnectorBot.Storage;

namespace ConnectorBot.BotFramework.Replies;

/// <summary>
/// The queued replies' keys, by conversation, kept in memory for a store only this process opens (the embedded file):
/// every turn asks whether its chat owes replies before it sends, and this answers without a read. Loaded from the
/// table on first use, before any change of this process's goes through; every queueing and removal then updates it
/// after its write.
/// </summary>
internal sealed class OwedConversations
{
    private readonly Dictionary<string, HashSet<string>> _rows = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile bool _loaded;

    public async Task EnsureLoadedAsync(ITable table, CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_loaded)
            {
                return;
            }

            await foreach (var row in table.QueryAsync<TableEntity>(TableFilter.All, select: [], cancellationToken: cancellationToken))
            {
                Add(row.PartitionKey, row.RowKey);
            }

            _loaded = true;
        }
        finally
        {
            _loading.Release();
        }
    }

    public bool Any(string partitionKey)
    {
        lock (_lock)
        {
            return _rows.ContainsKey(partitionKey);
        }
    }

    public void Add(string partitionKey, string rowKey)
    {
        lock (_lock)
        {
            if (!_rows.TryGetValue(partitionKey, out var rows))
            {
                _rows[partitionKey] = rows = new HashSet<string>(StringComparer.Ordinal);
            }

            rows.Add(rowKey);
        }
    }

    public void Remove(string partitionKey, string rowKey)
    {
        lock (_lock)
        {
            if (_rows.TryGetValue(partitionKey, out var rows) && rows.Remove(rowKey) && rows.Count == 0)
            {
                _rows.Remove(partitionKey);
            }
        }
    }
}
