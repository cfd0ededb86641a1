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
        Validate(entity);
        if (Find(entity.PartitionKey, entity.RowKey) is not null)
        {
            throw StoreErrors.EntityAlreadyExists();
        }

        return Save(entity);
    }

    /// <summary>No If-Match: creates the entity, or merges into / replaces the stored one.</summary>
    public ETag Upsert(TableEntity entity, TableUpdateMode mode)
    {
        Validate(entity);
        var existing = Find(entity.PartitionKey, entity.RowKey);
        return Save(Combine(existing, entity, mode));
    }

    /// <summary>If-Match: the entity must exist (404) and, unless <see cref="ETag.All"/>, still carry the ETag (412).</summary>
    public ETag Update(TableEntity entity, ETag ifMatch, TableUpdateMode mode)
    {
        Validate(entity);
        var existing = Find(entity.PartitionKey, entity.RowKey) ?? throw StoreErrors.ResourceNotFound();
        CheckMatch(existing, ifMatch);
        return Save(Combine(existing, entity, mode));
    }

    public void Delete(string partitionKey, string rowKey, ETag ifMatch)
    {
        var existing = Find(partitionKey, rowKey) ?? throw StoreErrors.ResourceNotFound();
        CheckMatch(existing, ifMatch);
        EntityRows.Delete(session, tableId, partitionKey, rowKey);
    }

    private static void Validate(TableEntity entity)
    {
        EntityLimits.Check(entity);
        EntityLimits.CheckSize(EntityJson.Serialize(entity));
    }

    // A default ETag (Delete called without one) means unconditional, like '*'.
    private static void CheckMatch(StoredEntity existing, ETag ifMatch)
    {
        if (ifMatch != default && ifMatch != ETag.All && !string.Equals(ifMatch.ToString(), existing.ETag, StringComparison.Ordinal))
        {
            throw StoreErrors.UpdateConditionNotSatisfied();
        }
    }

    /// <summary>Merge keeps stored properties the new entity does not name; replace drops them.</summary>
    private static TableEntity Combine(StoredEntity? existing, TableEntity incoming, TableUpdateMode mode)
    {
        if (existing is null || mode == TableUpdateMode.Replace)
        {
            return incoming;
        }

        var merged = new TableEntity(incoming.PartitionKey, incoming.RowKey);
        foreach (var (name, value) in existing.ToEntity().CustomProperties.Concat(incoming.CustomProperties))
        {
            merged[name] = value;
        }

        return merged;
    }

    private StoredEntity? Find(string partitionKey, string rowKey) => EntityRows.Find(session, tableId, partitionKey, rowKey);

    private ETag Save(TableEntity entity)
    {
        // Only custom properties are stored: Timestamp and ETag sent by the caller are ignored, as the service does.
        var clean = new TableEntity(entity.PartitionKey, entity.RowKey);
        foreach (var (name, value) in entity.CustomProperties)
        {
            clean[name] = value;
        }

        EntityLimits.Check(clean);
        var json = EntityJson.Serialize(clean);
        EntityLimits.CheckSize(json);
        var timestamp = clock.Next();
        var etag = WriteClock.ETagFor(timestamp);
        EntityRows.Save(session, tableId, new StoredEntity(clean.PartitionKey, clean.RowKey, etag.ToString(), timestamp.UtcTicks, json));
        StoreSchema.WriteLastTicks(session, timestamp.UtcTicks);
        return etag;
    }
}
