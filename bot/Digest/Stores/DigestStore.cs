using ConnectorBot.Interview;
using ConnectorBot.Privacy;
using ConnectorBot.Storage;

namespace ConnectorBot.Digest.Stores;

/// <summary>
/// What the digest remembers about each member (table Digests): their switch, their last digest and every need shown to
/// them. Member data: in the member's export, and gone with "forget me", which also takes a forgotten member's needs out
/// of everyone else's memory (their name and the reason).
/// </summary>
public sealed class DigestStore(TableSet tables) : IMemberData
{
    public const string TableName = "Digests";

    public string Name => TableName;

    public async Task<DigestMember?> GetMemberAsync(string tenantId, string memberId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        var row = await table.GetEntityIfExistsAsync<DigestMemberEntity>(DigestKeys.Partition(tenantId, memberId), DigestKeys.MemberRow, cancellationToken: cancellationToken);
        return row?.ToRecord();
    }

    /// <summary>Read-modify-write with If-Match; <paramref name="change"/> may run more than once and returns null to write nothing.</summary>
    public async Task<DigestMember?> UpdateMemberAsync(string tenantId, string memberId, Func<DigestMember, DigestMember?> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var table = await tables.GetAsync(TableName);
        var row = await table.UpdateAsync<DigestMemberEntity>(
            DigestKeys.Partition(tenantId, memberId),
            DigestKeys.MemberRow,
            current => change(current?.ToRecord() ?? new DigestMember { TenantId = tenantId, MemberId = memberId }) is { } changed
                ? DigestMemberEntity.From(changed with { TenantId = tenantId, MemberId = memberId })
                : null,
            cancellationToken: cancellationToken);
        return row?.ToRecord();
    }

    /// <summary>Every need shown to the member.</summary>
    public async Task<IReadOnlyList<SentNeed>> ListSentAsync(string tenantId, string recipientId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        var sent = new List<SentNeed>();
        await foreach (var row in table.QueryAsync<SentNeedEntity>(NeedRows(tenantId, recipientId), cancellationToken: cancellationToken))
        {
            sent.Add(row.ToRecord());
        }

        return sent;
    }

    public async Task<SentNeed?> GetSentAsync(string tenantId, string recipientId, string neederId, string needHash, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        var row = await table.GetEntityIfExistsAsync<SentNeedEntity>(DigestKeys.Partition(tenantId, recipientId), DigestKeys.NeedRow(neederId, needHash), cancellationToken: cancellationToken);
        return row?.ToRecord();
    }

    /// <summary>Remembers the needs of one digest (written again as they are when a pass is retried).</summary>
    public async Task RememberAsync(IEnumerable<SentNeed> needs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(needs);
        var table = await tables.GetAsync(TableName);
        foreach (var need in needs)
        {
            await table.UpsertEntityAsync(SentNeedEntity.From(need), Azure.Data.Tables.TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <summary>Read-modify-write with If-Match; <paramref name="change"/> may run more than once and returns null to write nothing.</summary>
    public async Task<SentNeed?> UpdateSentAsync(SentNeed need, Func<SentNeed?, SentNeed?> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(change);
        var table = await tables.GetAsync(TableName);
        var row = await table.UpdateAsync<SentNeedEntity>(
            DigestKeys.Partition(need.TenantId, need.RecipientId),
            DigestKeys.NeedRow(need.NeederId, need.NeedHash),
            current => change(current?.ToRecord()) is { } changed ? SentNeedEntity.From(changed) : null,
            cancellationToken: cancellationToken);
        return row?.ToRecord();
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var rows = new List<IReadOnlyDictionary<string, object>>();
        if (await GetMemberAsync(member.TenantId, member.MemberId, cancellationToken) is { } mine)
        {
            rows.Add(Row(
                ("Kind", "switch"),
                (nameof(DigestMember.Off), mine.Off),
                (nameof(DigestMember.LastSentAt), mine.LastSentAt),
                (nameof(DigestMember.LastWeek), mine.LastWeek)));
        }

        foreach (var need in await ListSentAsync(member.TenantId, member.MemberId, cancellationToken))
        {
            rows.Add(Row(
                ("Kind", "need shown"),
                (nameof(SentNeed.NeederName), need.NeederName),
                (nameof(SentNeed.NeedHash), need.NeedHash),
                (nameof(SentNeed.Week), need.Week),
                (nameof(SentNeed.Reason), need.Reason),
                (nameof(SentNeed.SentAt), need.SentAt),
                (nameof(SentNeed.OfferedAt), need.OfferedAt),
                (nameof(SentNeed.IntroId), need.IntroId)));
        }

        return rows;
    }

    public async Task<int> EraseAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var table = await tables.GetAsync(TableName);
        var own = DigestKeys.Partition(member.TenantId, member.MemberId);
        var prefix = TableKey.Escape(member.TenantId) + "|";

        // Their own partition, and their needs in other members' memory; a tenant id containing '|' could share the
        // prefix, so the tenant is checked too.
        var doomed = new List<(string Partition, string Row)>();
        await foreach (var row in table.QueryAsync<SentNeedEntity>(TableFilter.Partitions(prefix, TableKey.Escape(member.TenantId) + "}"), cancellationToken: cancellationToken))
        {
            if (row.PartitionKey == own || (row.TenantId == member.TenantId && row.NeederId == member.MemberId && row.RowKey.StartsWith(DigestKeys.NeedPrefix, StringComparison.Ordinal)))
            {
                doomed.Add((row.PartitionKey, row.RowKey));
            }
        }

        foreach (var (partition, row) in doomed)
        {
            await table.DeleteEntityAsync(partition, row, cancellationToken: cancellationToken);
        }

        return doomed.Count;
    }

    private static TableFilter NeedRows(string tenantId, string recipientId) =>
        TableFilter.Partition(DigestKeys.Partition(tenantId, recipientId)).Rows(DigestKeys.NeedPrefix, "need}");

    private static Dictionary<string, object> Row(params (string Key, object? Value)[] values)
    {
        var row = new Dictionary<string, object>(StringComparer.Ordinal) { ["Table"] = TableName };
        foreach (var (key, value) in values.Where(v => v.Value is not null))
        {
            row[key] = value!;
        }

        return row;
    }
}
