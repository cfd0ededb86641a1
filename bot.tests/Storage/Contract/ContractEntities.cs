using Azure;
using Azure.Data.Tables;

namespace ConnectorBot.Tests.Storage.Contract;

public enum ContractMood
{
    Calm,
    Busy,
    Away,
}

/// <summary>A typed entity with one property of every kind the stores hold, plus enums and nullables.</summary>
public sealed class TypedContractEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? Text { get; set; }

    public bool Flag { get; set; }

    public int Small { get; set; }

    public long Big { get; set; }

    public double Ratio { get; set; }

    public DateTimeOffset When { get; set; }

    public DateTime WhenUtc { get; set; }

    public Guid Id { get; set; }

    public byte[]? Data { get; set; }

    public ContractMood Mood { get; set; }

    public ContractMood? MaybeMood { get; set; }

    public int? MaybeSmall { get; set; }

    public long? MaybeBig { get; set; }

    public DateTimeOffset? MaybeWhen { get; set; }

    public string? MaybeText { get; set; }
}

/// <summary>The entity of the concurrency tests.</summary>
public sealed class CounterEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public int Count { get; set; }

    public string? Note { get; set; }

    public string? Owner { get; set; }
}
