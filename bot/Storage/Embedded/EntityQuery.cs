using Azure.Data.Tables;

namespace ConnectorBot.Storage.Embedded;

/// <summary>
/// One page of an entity query: scans in key order from the token with the key and Timestamp conditions
/// in SQL, checks the property conditions on each row, and reads one match beyond the page so a token
/// is given only when another match exists.
/// </summary>
public static class EntityQuery
{
    public static StorePage<TableEntity> Page(StoreSession session, long tableId, TableFilter filter, IReadOnlyList<string>? select, int pageSize, string? continuationToken)
    {
        var from = ContinuationToken.Decode(continuationToken, 2);
        var page = new List<TableEntity>();
        foreach (var row in EntityRows.Scan(session, tableId, from, filter))
        {
            var entity = row.ToEntity();
            if (!filter.Conditions.All(c => PropertyMatch.Holds(c, entity)))
            {
                continue;
            }

            if (page.Count == pageSize)
            {
                return new StorePage<TableEntity>(page, ContinuationToken.Encode(row.PartitionKey, row.RowKey));
            }

            page.Add(StoredEntity.Project(entity, select));
        }

        return new StorePage<TableEntity>(page, null);
    }
}
