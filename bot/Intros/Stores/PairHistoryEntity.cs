using ConnectorBot.Storage;

namespace ConnectorBot.Intros.Stores;

/// <summary>The PairHistory table's row: PartitionKey = tenant, RowKey = the pair (see <see cref="PairKey"/>).</summary>
public sealed class PairHistoryEntity : RecordEntity
{
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
