using System.Collections.Concurrent;

using ConnectorBot.Interview;
using ConnectorBot.Privacy;
using ConnectorBot.Storage;

namespace ConnectorBot.Understanding;

/// <summary>
/// How members' answers were understood, partitioned by tenant: one row per member and answer, every write ETag-guarded
/// (the background and the member's own "Add words" may write the same row at once). Member data: every row is in the
/// member's export and erased by "forget me".
/// </summary>
public sealed class UnderstandingStore(TableSet tables) : IMemberData
{
    public const string TableName = "Understandings";

    // Up to this many members are read row by row; a bigger round reads the tenant's partition once.
    internal const int PointReadLimit = 100;

    // Every kind a row may exist for: export and erasure visit them all.
    private static readonly AnswerKind[] Kinds = Enum.GetValues<AnswerKind>();

    public string Name => TableName;

    /// <summary>The member's understandings, by answer (those that have a row).</summary>
    public async Task<IReadOnlyDictionary<AnswerKind, AnswerUnderstanding>> ReadAsync(string tenantId, string memberId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(memberId);
        var table = await tables.GetAsync(TableName);
        var found = new Dictionary<AnswerKind, AnswerUnderstanding>();
        // One range query for the member's rows ("member~kind"), not a read per answer: the summary card's turn waits for it.
        var prefix = TableKey.Escape(memberId) + "~";
        var end = prefix[..^1] + (char)('~' + 1);
        await foreach (var row in table.QueryAsync<UnderstandingEntity>(TableFilter.Partition(TableKey.Escape(tenantId)).Rows(prefix, end), cancellationToken: cancellationToken))
        {
            if (row.ToUnderstanding() is { } understanding && Belongs(understanding, tenantId, memberId, understanding.Kind) && row.RowKey == UnderstandingEntity.RowKeyOf(memberId, understanding.Kind))
            {
                found[understanding.Kind] = understanding;
            }
        }

        return found;
    }

    /// <summary>The understandings of many members of one tenant (a round's), keyed by member then answer.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<AnswerKind, AnswerUnderstanding>>> ReadManyAsync(string tenantId, IReadOnlyCollection<string> memberIds, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(memberIds);
        var found = new ConcurrentDictionary<string, IReadOnlyDictionary<AnswerKind, AnswerUnderstanding>>(StringComparer.Ordinal);
        if (memberIds.Count == 0)
        {
            return found;
        }

        if (memberIds.Count > PointReadLimit)
        {
            var wanted = memberIds.ToHashSet(StringComparer.Ordinal);
            var rows = new Dictionary<string, Dictionary<AnswerKind, AnswerUnderstanding>>(StringComparer.Ordinal);
            var table = await tables.GetAsync(TableName);
            await foreach (var row in table.QueryAsync<UnderstandingEntity>(TableFilter.Partition(TableKey.Escape(tenantId)), cancellationToken: cancellationToken))
            {
                if (row.ToUnderstanding() is { } understanding && wanted.Contains(understanding.MemberId)
                    && Belongs(understanding, tenantId, understanding.MemberId, understanding.Kind) && row.RowKey == UnderstandingEntity.RowKeyOf(understanding.MemberId, understanding.Kind))
                {
                    (rows.TryGetValue(understanding.MemberId, out var member) ? member : rows[understanding.MemberId] = []).Add(understanding.Kind, understanding);
                }
            }

            return rows.ToDictionary(r => r.Key, r => (IReadOnlyDictionary<AnswerKind, AnswerUnderstanding>)r.Value, StringComparer.Ordinal);
        }

        await Parallel.ForEachAsync(
            memberIds.Distinct(StringComparer.Ordinal),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (memberId, token) =>
            {
                var member = await ReadAsync(tenantId, memberId, token);
                if (member.Count > 0)
                {
                    found[memberId] = member;
                }
            });
        return found;
    }

    /// <summary>
    /// Read-modify-write of one answer's row with If-Match (an insert when there is none): <paramref name="change"/> gets
    /// the current row (null when absent), may run more than once, and returns null to write nothing. Returns the row as
    /// stored after the call.
    /// </summary>
    public async Task<AnswerUnderstanding?> UpdateAsync(string tenantId, string memberId, AnswerKind kind, Func<AnswerUnderstanding?, AnswerUnderstanding?> change, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(memberId);
        ArgumentNullException.ThrowIfNull(change);
        var table = await tables.GetAsync(TableName);
        var stored = await table.UpdateAsync<UnderstandingEntity>(
            TableKey.Escape(tenantId),
            UnderstandingEntity.RowKeyOf(memberId, kind),
            current =>
            {
                var before = current?.ToUnderstanding() is { } read && Belongs(read, tenantId, memberId, kind) ? read : null;
                return change(before) is { } next ? UnderstandingEntity.From(next with { TenantId = tenantId, MemberId = memberId, Kind = kind }) : null;
            },
            cancellationToken: cancellationToken);
        return stored?.ToUnderstanding();
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var table = await tables.GetAsync(TableName);
        return await KnownRows.ExportAsync(table, TableKey.Escape(member.TenantId), Kinds.Select(k => UnderstandingEntity.RowKeyOf(member.MemberId, k)), cancellationToken);
    }

    public async Task<int> EraseAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var table = await tables.GetAsync(TableName);
        return await KnownRows.EraseAsync(table, TableKey.Escape(member.TenantId), Kinds.Select(k => UnderstandingEntity.RowKeyOf(member.MemberId, k)), cancellationToken);
    }

    // A row is trusted only where its own fields agree with its keys.
    private static bool Belongs(AnswerUnderstanding understanding, string tenantId, string memberId, AnswerKind kind) =>
        understanding.TenantId == tenantId && understanding.MemberId == memberId && understanding.Kind == kind;
}
