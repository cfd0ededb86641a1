using Azure;
using Azure.Data.Tables;

namespace ConnectorBot.Storage.Embedded;

/// <summary>
/// The write semantics of the Table service on one table: insert, upsert, conditional update and
/// delete, each checking limits first (400) and then existence and version (404, 409, 412).
/// </summary>
public sealed class EntityWriter(StoreSession session, long tableId, WriteClock clock)
{
    public ETag Add(TableEntity entity)
    {
        var json = Validate(entity);
        if (EntityRows.Exists(session, tableId, entity.PartitionKey, entity.RowKey))
        {
            throw StoreErrors.EntityAlreadyExists();
        }

        return Save(entity.PartitionKey, entity.RowKey, json);
    }

    /// <summary>No If-Match: creates the entity, or merges into / replaces the stored one.</summary>
    public ETag Upsert(TableEntity entity, TableUpdateMode mode)
    {
        var json = Validate(entity);
        var existing = Find(entity.PartitionKey, entity.RowKey);
        return existing is null || mode == TableUpdateMode.Replace
            ? Save(entity.PartitionKey, entity.RowKey, json)
            : Save(Merge(existing, entity));
    }

    /// <summary>If-Match: the entity must exist (404) and, unless <see cref="ETag.All"/>, still carry the ETag (412).</summary>
    public ETag Update(TableEntity entity, ETag ifMatch, TableUpdateMode mode)
    {
        var json = Validate(entity);
        var existing = Find(entity.PartitionKey, entity.RowKey) ?? throw StoreErrors.ResourceNotFound();
        CheckMatch(existing, ifMatch);
        return mode == TableUpdateMode.Replace
            ? Save(entity.PartitionKey, entity.RowKey, json)
            : Save(Merge(existing, entity));
    }

    public void Delete(string partitionKey, string rowKey, ETag ifMatch)
    {
        var existing = Find(partitionKey, rowKey) ?? throw StoreErrors.ResourceNotFound();
        CheckMatch(existing, ifMatch);
        EntityRows.Delete(session, tableId, partitionKey, rowKey);
    }

    /// <summary>
    /// The limits (400) and the JSON to store. Only custom properties are stored (a Timestamp or ETag sent by the
    /// caller is ignored, as the service does), and the JSON holds only the keys and those, so it is what is saved.
    /// </summary>
    private static byte[] Validate(TableEntity entity)
    {
        EntityLimits.Check(entity);
        var json = EntityJson.Serialize(entity);
        EntityLimits.CheckSize(json);
        return json;
    }

    // A default ETag (Delete called without one) means unconditional, like '*'.
    private static void CheckMatch(StoredEntity existing, ETag ifMatch)
    {
        if (ifMatch != default && ifMatch != ETag.All && !string.Equals(ifMatch.ToString(), existing.ETag, StringComparison.Ordinal))
        {
            throw StoreErrors.UpdateConditionNotSatisfied();
        }
    }

    /// <summary>Merge keeps stored properties the new entity does not name (replace drops them).</summary>
    private static TableEntity Merge(StoredEntity existing, TableEntity incoming)
    {
        var merged = new TableEntity(incoming.PartitionKey, incoming.RowKey);
        foreach (var (name, value) in existing.ToEntity().CustomProperties.Concat(incoming.CustomProperties))
        {
            merged[name] = value;
        }

        return merged;
    }

    private StoredEntity? Find(string partitionKey, string rowKey) => EntityRows.Find(session, tableId, partitionKey, rowKey);

    /// <summary>A merged entity is checked again: together the two may break a limit neither breaks alone.</summary>
    private ETag Save(TableEntity merged) => Save(merged.PartitionKey, merged.RowKey, Validate(merged));

    // The clock's last value is persisted once per commit by the writer, not here.
    private ETag Save(string partitionKey, string rowKey, byte[] json)
    {
        var timestamp = clock.Next();
        var etag = WriteClock.ETagFor(timestamp);
        EntityRows.Save(session, tableId, partitionKey, rowKey, etag.ToString(), timestamp.UtcTicks, json);
        return etag;
    }
}
