using ConnectorBot.Storage;

namespace ConnectorBot.Intros.Stores;

/// <summary>
/// The Rounds table's row: PartitionKey = tenant|team, RowKey = round id; first-in-line as a JSON list, or, when that
/// list is too long for one property, the number of its pages in the RoundWaiting table (<see cref="WaitingPageEntity"/>).
/// </summary>
public sealed class RoundEntity : RecordEntity
{
    public string? TenantId { get; set; }

    public string? TeamId { get; set; }

    public string? RoundId { get; set; }

    public DateTimeOffset SlotAt { get; set; }

    public int Members { get; set; }

    public int Intros { get; set; }

    public string? FirstInLine { get; set; }

    /// <summary>Pages of the first-in-line list in RoundWaiting; null or 0 when the list is in <see cref="FirstInLine"/>.</summary>
    public int? FirstInLinePages { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The row; a list too long for <see cref="FirstInLine"/> is left out, for the caller to page.</summary>
    public static RoundEntity From(RoundRecord round, int pages = 0) => new()
    {
        PartitionKey = TeamPartition.Key(round.TenantId, round.TeamId),
        RowKey = TableKey.Escape(round.RoundId),
        TenantId = round.TenantId,
        TeamId = round.TeamId,
        RoundId = round.RoundId,
        SlotAt = round.SlotAt,
        Members = round.Members,
        Intros = round.Intros,
        FirstInLine = pages > 0 ? null : RecordJson.Write(round.FirstInLine, nameof(FirstInLine)),
        FirstInLinePages = pages > 0 ? pages : null,
        CreatedAt = round.CreatedAt,
    };

    /// <summary>Whether the list is kept in pages (then <see cref="ToRecord"/> needs them).</summary>
    public bool IsPaged => FirstInLinePages is > 0;

    /// <summary>The record; a paged list comes from <paramref name="pagedFirstInLine"/>.</summary>
    public RoundRecord ToRecord(IReadOnlyList<string>? pagedFirstInLine = null) => new()
    {
        TenantId = TenantId ?? string.Empty,
        TeamId = TeamId ?? string.Empty,
        RoundId = RoundId ?? TableKey.Unescape(RowKey),
        SlotAt = SlotAt,
        Members = Members,
        Intros = Intros,
        FirstInLine = IsPaged ? pagedFirstInLine ?? [] : RecordJson.Read<List<string>>(FirstInLine) ?? [],
        CreatedAt = CreatedAt,
    };
}
