using ConnectorBot.Interview;

namespace ConnectorBot.Privacy;

/// <summary>A member's rights over their data: a copy of everything kept about them (export), and erasure (forget me).</summary>
public sealed class MemberDataRights(IEnumerable<IMemberData> stores, TimeProvider clock)
{
    /// <summary>Every store's rows about the member, gathered now; stores with none are left out.</summary>
    public async Task<MemberExport> ExportAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var tables = new SortedDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object>>>(StringComparer.Ordinal);
        foreach (var store in stores)
        {
            var rows = await store.ExportAsync(member, cancellationToken);
            if (rows.Count > 0)
            {
                tables[store.Name] = rows;
            }
        }

        return new MemberExport(clock.GetUtcNow(), member.TenantId, member.MemberId, tables);
    }

    /// <summary>
    /// Whether any store keeps a row about the member: someone who never answered may still be named somewhere
    /// (a team's admin list, an invitation they started), and export and "forget me" must reach that too.
    /// </summary>
    public async Task<bool> HasAnyAsync(MemberKey member, CancellationToken cancellationToken)
    {
        foreach (var store in stores)
        {
            if ((await store.ExportAsync(member, cancellationToken)).Count > 0)
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
            removed += await store.EraseAsync(member, cancellationToken);
        }

        return removed;
    }
}
