using ConnectorBot.Storage;

namespace ConnectorBot.Intros.Stores;

/// <summary>The Rounds table's row: PartitionKey = tenant|team, RowKey = round id; first-in-line as a JSON list.</summary>
public sealed class RoundEntity : RecordEntity
{
    public string? TenantId { get; set; }

    public string? TeamId { get; set; }

    public string? RoundId { get; set; }

    public DateTimeOffset SlotAt { get; set; }

    public int Members { get; set; }

    public int Intros { get; set; }

    public string? FirstInLine { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public static RoundEntity From(RoundRecord round) => new()
    {
        PartitionKey = TeamPartition.Key(round.TenantId, round.TeamId),
        RowKey = TableKey.Escape(round.RoundId),
        TenantId = round.TenantId,
        TeamId = round.TeamId,
        RoundId = round.RoundId,
        SlotAt = round.SlotAt,
        Members = round.Members,
        Intros = round.Intros,
        FirstInLine = RecordJson.Write(round.FirstInLine, nameof(FirstInLine)),
        CreatedAt = round.CreatedAt,
    };

    public RoundRecord ToRecord() => new()
    {
        TenantId = TenantId ?? string.Empty,
        TeamId = TeamId ?? string.Empty,
        RoundId = RoundId ?? TableKey.Unescape(RowKey),
        SlotAt = SlotAt,
        Members = Members,
        Intros = Intros,
        FirstInLine = RecordJson.Read<List<string>>(FirstInLine) ?? [],
        CreatedAt = CreatedAt,
    };
}
