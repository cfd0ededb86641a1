using Azure;

namespace ConnectorBot.Storage;

/// <summary>The four system properties every table entity has (mirrors Azure.Data.Tables.ITableEntity).</summary>
public interface ITableEntity
{
    string PartitionKey { get; set; }
    string RowKey { get; set; }
    DateTimeOffset? Timestamp { get; set; }
    ETag ETag { get; set; }
}
