using Azure.Data.Tables;

using ConnectorBot.Interview;
using ConnectorBot.Matching;
using ConnectorBot.Privacy;
using ConnectorBot.Storage;

namespace ConnectorBot.Intros.Stores;

/// <summary>What happened between each pair of a tenant's members, for the matcher's cooldowns and "never with".</summary>
public sealed class PairHistoryStore(TableSet tables) : IMemberData
{
    public const string TableName = "PairHistory";

    public string Name => TableName;

    /// <summary>Records how an intro ended for every pair of its members (two for a pair, three for a trio).</summary>
    public async Task RecordIntroAsync(IntroRecord intro, PairOutcome outcome, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var ids = intro.Parties.Select(p => p.MemberId).ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                await RecordAsync(intro.TenantId, ids[i], ids[j], outcome, at, cancellationToken);
            }
        }
    }

    /// <summary>Records one more intro of the pair and how it ended (ETag-guarded, so concurrent records all count).</summary>
    public Task RecordAsync(string tenantId, string a, string b, PairOutcome outcome, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(outcome))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a pair outcome.");
        }

        return UpdateAsync(tenantId, a, b, row =>
        {
            row.Count += 1;
            row.LastIntroAt = at;
            row.Outcome = outcome.ToString();
        }, cancellationToken);
    }

    /// <summary>Marks the pair as never to be introduced again.</summary>
    public Task SetNeverWithAsync(string tenantId, string a, string b, CancellationToken cancellationToken = default) =>
        UpdateAsync(tenantId, a, b, row => row.NeverWith = true, cancellationToken);

    /// <summary>The matcher's history for these members: pairs where both are among them.</summary>
    public async Task<PairHistory> LoadForMatchingAsync(string tenantId, IReadOnlyCollection<string> memberIds, IReadOnlyList<string> firstInLine, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        ArgumentNullException.ThrowIfNull(firstInLine);
        var members = memberIds.ToHashSet(StringComparer.Ordinal);
        var intros = new List<PastIntro>();
        var neverWith = new List<(string A, string B)>();
        await foreach (var row in RowsAsync(tenantId, cancellationToken))
        {
            if (row.MemberA is not { } a || row.MemberB is not { } b || !members.Contains(a) || !members.Contains(b))
            {
                continue;
            }

            if (row.LastIntroAt is { } at && PairOutcomes.TryRead(row.Outcome, out var outcome))
            {
                intros.Add(new PastIntro(a, b, DateOnly.FromDateTime(at.UtcDateTime), outcome.ToMatcher()));
            }

            if (row.NeverWith)
            {
                neverWith.Add((a, b));
            }
        }

        return new PairHistory(intros, neverWith, firstInLine.ToList());
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var table = await tables.GetAsync(TableName);
        var rows = new List<IReadOnlyDictionary<string, object>>();
        await foreach (var row in table.QueryAsync<TableEntity>(TenantFilter(member.TenantId), cancellationToken: cancellationToken))
        {
            if (row.GetString(nameof(PairHistoryEntity.MemberA)) == member.MemberId || row.GetString(nameof(PairHistoryEntity.MemberB)) == member.MemberId)
            {
                rows.Add(row.CustomProperties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
            }
        }

        return rows;
    }

    public async Task<int> EraseAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var table = await tables.GetAsync(TableName);
        var doomed = new List<PairHistoryEntity>();
        await foreach (var row in RowsAsync(member.TenantId, cancellationToken))
        {
            if (row.Names(member.MemberId))
            {
                doomed.Add(row);
            }
        }

        foreach (var row in doomed)
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken);
        }

        return doomed.Count;
    }

    private static TableFilter TenantFilter(string tenantId) => TableFilter.Partition(TableKey.Escape(tenantId));

    private async IAsyncEnumerable<PairHistoryEntity> RowsAsync(string tenantId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        await foreach (var row in table.QueryAsync<PairHistoryEntity>(TenantFilter(tenantId), cancellationToken: cancellationToken))
        {
            yield return row;
        }
    }

    /// <summary>Read-modify-write of the pair's row, creating it when new; <paramref name="change"/> may run more than once, each time on a fresh read.</summary>
    private async Task UpdateAsync(string tenantId, string a, string b, Action<PairHistoryEntity> change, CancellationToken cancellationToken)
    {
        var pair = PairKey.Of(a, b);
        var table = await tables.GetAsync(TableName);
        await table.UpdateAsync<PairHistoryEntity>(
            TableKey.Escape(tenantId),
            pair.RowKey,
            current =>
            {
                var next = current ?? new PairHistoryEntity();
                next.TenantId = tenantId;
                next.MemberA = pair.A;
                next.MemberB = pair.B;
                change(next);
                return next;
            },
            cancellationToken: cancellationToken);
    }
}
