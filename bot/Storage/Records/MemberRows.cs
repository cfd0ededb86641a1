using ConnectorBot.Interview;

namespace ConnectorBot.Storage.Records;

/// <summary>Reads a member's row as a property bag for exports (system properties left out).</summary>
internal static class MemberRows
{
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(TableClient table, MemberKey member, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKey.Escape(member.TenantId), TableKey.Escape(member.MemberId), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return [];
        }

        return [row.CustomProperties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)];
    }

    public static async Task<int> EraseAsync(TableClient table, MemberKey member, CancellationToken cancellationToken)
    {
        var partitionKey = TableKey.Escape(member.TenantId);
        var rowKey = TableKey.Escape(member.MemberId);
        var existed = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, select: [], cancellationToken: cancellationToken).ConfigureAwait(false) is not null;
        await table.DeleteEntityAsync(partitionKey, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return existed ? 1 : 0;
    }
}
