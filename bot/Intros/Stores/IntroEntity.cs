using ConnectorBot.Storage;

namespace ConnectorBot.Intros.Stores;

/// <summary>The Intros table's row: PartitionKey = tenant|team, RowKey = intro id (escaped); parties as JSON.</summary>
public sealed class IntroEntity : RecordEntity
{
    public string? TenantId { get; set; }

    public string? TeamId { get; set; }

    public string? RoundId { get; set; }

    public string? IntroId { get; set; }

    /// <summary>The named members with their shared answers and decisions, as JSON.</summary>
    public string? Parties { get; set; }

    public double Score { get; set; }

    public string? Reason { get; set; }

    public IntroState State { get; set; }

    /// <summary>Absent on rows written before asks and private delivery: a round's channel intro.</summary>
    public IntroKind Kind { get; set; }

    public IntroDelivery Delivery { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public string? ConversationId { get; set; }

    public string? ActivityId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? PostedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public DateTimeOffset? FollowUpSentAt { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public static IntroEntity From(IntroRecord intro) => new()
    {
        PartitionKey = TeamPartition.Key(intro.TenantId, intro.TeamId),
        RowKey = TableKey.Escape(intro.IntroId),
        TenantId = intro.TenantId,
        TeamId = intro.TeamId,
        RoundId = intro.RoundId,
        IntroId = intro.IntroId,
        Parties = PartiesJson.Write(intro.Parties),
        Score = intro.Score,
        Reason = intro.Reason,
        State = intro.State,
        Kind = intro.Kind,
        Delivery = intro.Delivery,
        ServiceUrl = intro.ServiceUrl,
        ChannelId = intro.ChannelId,
        ConversationId = intro.ConversationId,
        ActivityId = intro.ActivityId,
        CreatedAt = intro.CreatedAt,
        PostedAt = intro.PostedAt,
        ClosedAt = intro.ClosedAt,
        FollowUpSentAt = intro.FollowUpSentAt,
        WithdrawnAt = intro.WithdrawnAt,
    };

    public static IReadOnlyList<IntroParty> ReadParties(string? json) => PartiesJson.Read(json);

    public IntroRecord ToRecord() => new()
    {
        TenantId = TenantId ?? string.Empty,
        TeamId = TeamId ?? string.Empty,
        RoundId = RoundId ?? string.Empty,
        IntroId = IntroId ?? TableKey.Unescape(RowKey),
        Parties = ReadParties(Parties),
        Score = Score,
        Reason = Reason ?? string.Empty,
        State = State,
        Kind = Kind,
        Delivery = Delivery,
        ServiceUrl = ServiceUrl ?? string.Empty,
        ChannelId = ChannelId ?? string.Empty,
        ConversationId = ConversationId,
        ActivityId = ActivityId,
        CreatedAt = CreatedAt,
        PostedAt = PostedAt,
        ClosedAt = ClosedAt,
        FollowUpSentAt = FollowUpSentAt,
        WithdrawnAt = WithdrawnAt,
    };
}
