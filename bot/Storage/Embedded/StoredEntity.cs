using Azure;
using Azure.Data.Tables;

namespace ConnectorBot.Storage.Embedded;

/// <summary>One row of the entities table: keys, version and the typed JSON of <see cref="EntityJson"/>.</summary>
public sealed record StoredEntity(string PartitionKey, string RowKey, string ETag, long TimestampTicks, byte[] Json)
{
    public DateTimeOffset Timestamp => new(TimestampTicks, TimeSpan.Zero);

    /// <summary>The whole entity, with its Timestamp and ETag.</summary>
    public TableEntity ToEntity()
    {
        var entity = EntityJson.Parse(Json);
        entity.Timestamp = Timestamp;
        entity.ETag = new ETag(ETag);
        return entity;
    }

    /// <summary>
    /// Only the selected properties (system ones included only when selected) plus the ETag.
    /// A selected property the entity lacks is left out, as Azurite does.
    /// </summary>
    public static TableEntity Project(TableEntity full, IReadOnlyList<string>? select)
    {
        if (select is null)
        {
            return full;
        }

        var projected = new TableEntity { ETag = full.ETag };
        foreach (var name in select)
        {
            if (full.TryGetValue(name, out var value) && name != EntityProperties.ETag)
            {
                projected[name] = value;
            }
        }

        return projected;
    }
}
