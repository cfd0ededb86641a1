using System.Text.Encodings.Web;
using System.Text.Json;

namespace ConnectorBot.Interview;

/// <summary>A member's rights over their data: a copy of everything kept about them (export), and erasure (forget me).</summary>
public sealed class MemberDataRights(IEnumerable<IMemberData> stores, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<string> ExportAsync(MemberKey member, CancellationToken cancellationToken)
    {
        var tables = new SortedDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object>>>(StringComparer.Ordinal);
        foreach (var store in stores)
        {
            var rows = await store.ExportAsync(member, cancellationToken).ConfigureAwait(false);
            if (rows.Count > 0)
            {
                tables[store.Name] = rows;
            }
        }

        var document = new { exportedAt = clock.GetUtcNow(), tenantId = member.TenantId, memberId = member.MemberId, tables };
        return JsonSerializer.Serialize(document, Json);
    }

    /// <summary>
    /// Whether any store keeps a row about the member: someone who never answered may still be named somewhere
    /// (a team's admin list, an invitation they started), and export and "forget me" must reach that too.
    /// </summary>
    public async Task<bool> HasAnyAsync(MemberKey member, CancellationToken cancellationToken)
    {
        foreach (var store in stores)
        {
            if ((await store.ExportAsync(member, cancellationToken).ConfigureAwait(false)).Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Deletes the member from every store; returns the rows removed.</summary>
    public async Task<int> EraseAsync(MemberKey member, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var store in stores)
        {
            removed += await store.EraseAsync(member, cancellationToken).ConfigureAwait(false);
        }

        return removed;
    }
}
