using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ConnectorBot.Privacy;

/// <summary>
/// Everything kept about a member at one moment, store by store: the member's right of access. Made on request and
/// handed over, never stored. The file is the full JSON; the summary card reads the same rows in plain words.
/// </summary>
public sealed record MemberExport(
    DateTimeOffset ExportedAt,
    string TenantId,
    string MemberId,
    IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object>>> Tables)
{
    public const string MediaType = "application/json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public bool IsEmpty => Tables.Count == 0;

    /// <summary>"connectorbot-my-data-2026-12-07.json": the day, so copies taken on different days keep apart.</summary>
    public string FileName => $"connectorbot-my-data-{ExportedAt.UtcDateTime:yyyy-MM-dd}.json";

    public string ToJson() =>
        JsonSerializer.Serialize(new { exportedAt = ExportedAt, tenantId = TenantId, memberId = MemberId, tables = Tables }, Json);

    public byte[] ToUtf8() => Encoding.UTF8.GetBytes(ToJson());
}
