using ConnectorBot.Storage;

namespace ConnectorBot.Digest.Stores;

/// <summary>The Digests table's keys: PartitionKey = tenant|member (escaped); the member's row, and one row per need shown.</summary>
public static class DigestKeys
{
    public const string MemberRow = "member";
    public const string NeedPrefix = "need|";

    public static string Partition(string tenantId, string memberId) => TableKey.Escape(tenantId) + "|" + TableKey.Escape(memberId);

    public static string NeedRow(string neederId, string needHash) => NeedPrefix + TableKey.Escape(neederId) + "|" + needHash;
}

/// <summary>The member's row: their switch and their last digest.</summary>
public sealed class DigestMemberEntity : RecordEntity
{
    public string? TenantId { get; set; }

    public string? MemberId { get; set; }

    public bool Off { get; set; }

    public DateTimeOffset? LastSentAt { get; set; }

    public string? LastWeek { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }

    public static DigestMemberEntity From(DigestMember member) => new()
    {
        PartitionKey = DigestKeys.Partition(member.TenantId, member.MemberId),
        RowKey = DigestKeys.MemberRow,
        TenantId = member.TenantId,
        MemberId = member.MemberId,
        Off = member.Off,
        LastSentAt = member.LastSentAt,
        LastWeek = member.LastWeek,
        ClaimedUntil = member.ClaimedUntil,
    };

    public DigestMember ToRecord() => new()
    {
        TenantId = TenantId ?? string.Empty,
        MemberId = MemberId ?? string.Empty,
        Off = Off,
        LastSentAt = LastSentAt,
        LastWeek = LastWeek,
        ClaimedUntil = ClaimedUntil,
    };
}

/// <summary>One need shown to the member.</summary>
public sealed class SentNeedEntity : RecordEntity
{
    public string? TenantId { get; set; }

    public string? RecipientId { get; set; }

    public string? NeederId { get; set; }

    public string? NeedHash { get; set; }

    public string? Week { get; set; }

    public string? TeamId { get; set; }

    public string? NeederUserId { get; set; }

    public string? NeederName { get; set; }

    public string? NeederUserPrincipalName { get; set; }

    public string? Reason { get; set; }

    public double Score { get; set; }

    public DateTimeOffset SentAt { get; set; }

    public DateTimeOffset? OfferedAt { get; set; }

    public string? IntroId { get; set; }

    public static SentNeedEntity From(SentNeed need) => new()
    {
        PartitionKey = DigestKeys.Partition(need.TenantId, need.RecipientId),
        RowKey = DigestKeys.NeedRow(need.NeederId, need.NeedHash),
        TenantId = need.TenantId,
        RecipientId = need.RecipientId,
        NeederId = need.NeederId,
        NeedHash = need.NeedHash,
        Week = need.Week,
        TeamId = need.TeamId,
        NeederUserId = need.NeederUserId,
        NeederName = need.NeederName,
        NeederUserPrincipalName = need.NeederUserPrincipalName,
        Reason = need.Reason,
        Score = need.Score,
        SentAt = need.SentAt,
        OfferedAt = need.OfferedAt,
        IntroId = need.IntroId,
    };

    public SentNeed ToRecord() => new()
    {
        TenantId = TenantId ?? string.Empty,
        RecipientId = RecipientId ?? string.Empty,
        NeederId = NeederId ?? string.Empty,
        NeedHash = NeedHash ?? string.Empty,
        Week = Week ?? string.Empty,
        TeamId = TeamId ?? string.Empty,
        NeederUserId = NeederUserId ?? string.Empty,
        NeederName = NeederName ?? string.Empty,
        NeederUserPrincipalName = NeederUserPrincipalName,
        Reason = Reason ?? string.Empty,
        Score = Score,
        SentAt = SentAt,
        OfferedAt = OfferedAt,
        IntroId = IntroId,
    };
}

/// <summary>The DigestWeeks table's row: PartitionKey = tenant|team, RowKey = "week"; the last week whose pass finished.</summary>
public sealed class DigestWeekEntity : RecordEntity
{
    public const string Row = "week";

    public string? Week { get; set; }

    public DateTimeOffset DoneAt { get; set; }
}
