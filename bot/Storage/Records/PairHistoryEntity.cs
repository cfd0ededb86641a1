using Azure;

namespace ConnectorBot.Storage.Records;

/// <summary>The PairHistory table's row: PartitionKey = tenant, RowKey = the pair (see <see cref="PairKey"/>).</summary>
public sealed class PairHistoryEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? TenantId { get; set; }

    /// <summary>The ordinally smaller member id.</summary>
    public string? MemberA { get; set; }

    public string? MemberB { get; set; }

    public DateTimeOffset? LastIntroAt { get; set; }

    /// <summary>How the last intro ended: Connected, Passed, Expired, Helped, Met, NotYet or No.</summary>
    public string? Outcome { get; set; }

    public int Count { get; set; }

    /// <summary>One of them asked never to be introduced to the other.</summary>
    public bool NeverWith { get; set; }

    public bool Names(string memberId) => MemberA == memberId || MemberB == memberId;
}
