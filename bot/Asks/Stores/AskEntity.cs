using ConnectorBot.Storage;

namespace ConnectorBot.Asks.Stores;

/// <summary>The Asks table's row: PartitionKey = tenant|asker (escaped), RowKey = ask id; the colleagues found as JSON.</summary>
public sealed class AskEntity : RecordEntity
{
    public string? TenantId { get; set; }

    public string? AskerId { get; set; }

    public string? AskId { get; set; }

    public string? Need { get; set; }

    public string? Candidates { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public static string Partition(string tenantId, string askerId) => TableKey.Escape(tenantId) + "|" + TableKey.Escape(askerId);

    public static AskEntity From(AskRecord ask) => new()
    {
        PartitionKey = Partition(ask.TenantId, ask.AskerId),
        RowKey = TableKey.Escape(ask.AskId),
        TenantId = ask.TenantId,
        AskerId = ask.AskerId,
        AskId = ask.AskId,
        Need = ask.Need,
        Candidates = RecordJson.Write(ask.Candidates),
        CreatedAt = ask.CreatedAt,
    };

    public AskRecord ToRecord() => new()
    {
        TenantId = TenantId ?? string.Empty,
        AskerId = AskerId ?? string.Empty,
        AskId = AskId ?? TableKey.Unescape(RowKey),
        Need = Need ?? string.Empty,
        Candidates = RecordJson.Read<List<AskCandidate>>(Candidates) ?? [],
        CreatedAt = CreatedAt,
    };
}
