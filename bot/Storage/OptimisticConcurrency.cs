using Azure;
using Azure.Data.Tables;

namespace ConnectorBot.Storage;

/// <summary>
/// Read-modify-write with ETags: read, change, write with If-Match (or insert when new); when another
/// writer got there first (412, or 409 on a racing insert) read again and re-apply the change.
/// </summary>
public static class OptimisticConcurrency
{
    public const int DefaultMaxAttempts = 10;

    /// <param name="change">Given the current entity (null when absent), returns the entity to store, or null to store nothing. Must be safe to run more than once.</param>
    /// <returns>The stored entity with its new ETag, or the current one when <paramref name="change"/> returned null.</returns>
    public static async Task<T?> UpdateAsync<T>(
        this ITable table,
        string partitionKey,
        string rowKey,
        Func<T?, T?> change,
        int maxAttempts = DefaultMaxAttempts,
        CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var current = await table.GetEntityIfExistsAsync<T>(partitionKey, rowKey, cancellationToken: cancellationToken);
            var currentETag = current?.ETag;
            var next = change(current);
            if (next is null)
            {
                return current;
            }

            next.PartitionKey = partitionKey;
            next.RowKey = rowKey;
            try
            {
                next.ETag = currentETag is { } etag
                    ? await table.UpdateEntityAsync(next, etag, TableUpdateMode.Replace, cancellationToken)
                    : await table.AddEntityAsync(next, cancellationToken);
                return next;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 or 404 && attempt < maxAttempts)
            {
                // Someone else wrote (or deleted) it between our read and our write: start over from their version.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * attempt)), cancellationToken);
            }
        }
    }
}
