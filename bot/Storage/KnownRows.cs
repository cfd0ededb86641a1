using Azure.Data.Tables;

namespace ConnectorBot.Storage;

/// <summary>
/// A member's rows at keys known in advance (one per provider, per answer…): their properties for an export, and their
/// deletion for "forget me".
/// </summary>
public static class KnownRows
{
    /// <summary>The properties of those rows that exist (no keys, ETags or timestamps).</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(ITable table, string partitionKey, IEnumerable<string> rowKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rowKeys);
        var rows = new List<IReadOnlyDictionary<string, object>>();
        foreach (var rowKey in rowKeys)
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
            if (row is not null)
            {
                rows.Add(row.CustomProperties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
            }
        }

        return rows;
    }

    /// <summary>Deletes the rows; returns how many existed.</summary>
    public static async Task<int> EraseAsync(ITable table, string partitionKey, IEnumerable<string> rowKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rowKeys);
        var erased = 0;
        foreach (var rowKey in rowKeys)
        {
            if (await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, select: [], cancellationToken: cancellationToken) is not null)
            {
                erased++;
            }

            // Deleted whether or not it was just seen: a row written between the look and here goes too.
            await table.DeleteEntityAsync(partitionKey, rowKey, cancellationToken: cancellationToken);
        }

        return erased;
    }
}
