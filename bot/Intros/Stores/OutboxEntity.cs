using ConnectorBot.Storage;

namespace ConnectorBot.Intros.Stores;

/// <summary>The Outbox table's row: PartitionKey = tenant|team, RowKey = the caller's idempotency key (escaped).</summary>
public sealed class OutboxEntity : RecordEntity
{
    public string? TenantId { get; set; }

    public string? TeamId { get; set; }

    public string? Key { get; set; }

    public OutboxKind Kind { get; set; }

    public string? IntroId { get; set; }

    public string? MemberId { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? NotBefore { get; set; }

    public bool Done { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? LastError { get; set; }

    public static OutboxEntity From(OutboxItem item) => new()
    {
        PartitionKey = TeamPartition.Key(item.TenantId, item.TeamId),
        RowKey = TableKey.Escape(item.Key),
        TenantId = item.TenantId,
        TeamId = item.TeamId,
        Key = item.Key,
        Kind = item.Kind,
        IntroId = item.IntroId,
        MemberId = item.MemberId,
        Attempts = item.Attempts,
        NotBefore = item.NotBefore,
        Done = item.Done,
        CreatedAt = item.CreatedAt,
        CompletedAt = item.CompletedAt,
        LastError = item.LastError,
    };

    public OutboxItem ToItem() => new()
    {
        TenantId = TenantId ?? string.Empty,
        TeamId = TeamId ?? string.Empty,
        Key = Key ?? TableKey.Unescape(RowKey),
        Kind = Kind,
        IntroId = IntroId ?? string.Empty,
        MemberId = MemberId,
        Attempts = Attempts,
        NotBefore = NotBefore,
        Done = Done,
        CreatedAt = CreatedAt,
        CompletedAt = CompletedAt,
        LastError = LastError,
    };
}
