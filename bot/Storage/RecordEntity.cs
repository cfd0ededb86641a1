using Azure;
using Azure.Data.Tables;

namespace ConnectorBot.Storage;

/// <summary>The system properties every record's row has; the records add their own.</summary>
public abstract class RecordEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }
}
