using Azure.Data.Tables;

namespace ConnectorBot.Storage;

/// <summary>The system properties' names, and an entity's own properties without them.</summary>
public static class EntityProperties
{
    public const string PartitionKey = "PartitionKey";
    public const string RowKey = "RowKey";
    public const string Timestamp = "Timestamp";

    /// <summary>Where the SDK's <see cref="TableEntity"/> keeps the ETag among its values.</summary>
    public const string ETag = "odata.etag";

    public static bool IsSystem(string name) => name is PartitionKey or RowKey or Timestamp or ETag;

    extension(TableEntity entity)
    {
        /// <summary>The properties other than PartitionKey, RowKey, Timestamp and the ETag (nulls are absent values).</summary>
        public IEnumerable<KeyValuePair<string, object>> CustomProperties =>
            entity.Where(p => !IsSystem(p.Key) && p.Value is not null);
    }
}
