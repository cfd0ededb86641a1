using ConnectorBot.Interview;
using ConnectorBot.Privacy;
using ConnectorBot.Storage;

namespace ConnectorBot.Asks.Stores;

/// <summary>
/// Members' asks (table Asks) and the times members were asked (table Asked). Both are member data: in every export, and
/// gone with "forget me", which also takes the forgotten member out of other members' asks (their name and the reason
/// quoting their words).
/// </summary>
public sealed class AskStore(TableSet tables) : IMemberData
{
    public const string TableName = "Asks";
    public const string AskedTableName = "Asked";

    public string Name => TableName;

    public async Task AddAsync(AskRecord ask, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        await table.AddEntityAsync(AskEntity.From(ask), cancellationToken);
    }

    public async Task<AskRecord?> GetAsync(string tenantId, string askerId, string askId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        var row = await table.GetEntityIfExistsAsync<AskEntity>(AskEntity.Partition(tenantId, askerId), TableKey.Escape(askId), cancellationToken: cancellationToken);
        return row?.ToRecord();
    }

    /// <summary>Read-modify-write with If-Match; <paramref name="change"/> may run more than once and returns null to write nothing.</summary>
    public async Task<AskRecord?> UpdateAsync(string tenantId, string askerId, string askId, Func<AskRecord?, AskRecord?> change, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        var row = await table.UpdateAsync<AskEntity>(
            AskEntity.Partition(tenantId, askerId),
            TableKey.Escape(askId),
            current => change(current?.ToRecord()) is { } changed ? AskEntity.From(changed) : null,
            cancellationToken: cancellationToken);
        return row?.ToRecord();
    }

    /// <summary>How many asks the member made since <paramref name="since"/>.</summary>
    public async Task<int> CountAsksSinceAsync(string tenantId, string askerId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        var count = 0;
        await foreach (var row in table.QueryAsync<AskEntity>(TableFilter.Partition(AskEntity.Partition(tenantId, askerId)), select: [nameof(AskEntity.CreatedAt)], cancellationToken: cancellationToken))
        {
            count += row.CreatedAt >= since ? 1 : 0;
        }

        return count;
    }

    /// <summary>Notes that <paramref name="memberId"/> was asked (once per intro, however often it is retried).</summary>
    public async Task RecordAskedAsync(string tenantId, string memberId, string introId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(AskedTableName);
        await table.UpsertEntityAsync(
            new AskedEntity
            {
                PartitionKey = AskEntity.Partition(tenantId, memberId),
                RowKey = TableKey.Escape(introId),
                TenantId = tenantId,
                MemberId = memberId,
                IntroId = introId,
                AskedAt = at,
            },
            cancellationToken: cancellationToken);
    }

    public async Task<int> CountAskedSinceAsync(string tenantId, string memberId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(AskedTableName);
        var count = 0;
        await foreach (var row in table.QueryAsync<AskedEntity>(TableFilter.Partition(AskEntity.Partition(tenantId, memberId)), cancellationToken: cancellationToken))
        {
            count += row.AskedAt >= since ? 1 : 0;
        }

        return count;
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var rows = new List<IReadOnlyDictionary<string, object>>();
        var asks = await tables.GetAsync(TableName);
        await foreach (var row in asks.QueryAsync<AskEntity>(TableFilter.Partition(AskEntity.Partition(member.TenantId, member.MemberId)), cancellationToken: cancellationToken))
        {
            rows.Add(new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["Table"] = TableName,
                [nameof(AskEntity.AskId)] = row.AskId ?? string.Empty,
                [nameof(AskEntity.Need)] = row.Need ?? string.Empty,
                [nameof(AskEntity.Candidates)] = row.Candidates ?? "[]",
                [nameof(AskEntity.CreatedAt)] = row.CreatedAt,
            });
        }

        var asked = await tables.GetAsync(AskedTableName);
        await foreach (var row in asked.QueryAsync<AskedEntity>(TableFilter.Partition(AskEntity.Partition(member.TenantId, member.MemberId)), cancellationToken: cancellationToken))
        {
            rows.Add(new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["Table"] = AskedTableName,
                [nameof(AskedEntity.IntroId)] = row.IntroId ?? string.Empty,
                [nameof(AskedEntity.AskedAt)] = row.AskedAt,
            });
        }

        return rows;
    }

    public async Task<int> EraseAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var erased = 0;
        var own = AskEntity.Partition(member.TenantId, member.MemberId);
        var asks = await tables.GetAsync(TableName);
        var tenantAsks = new List<AskEntity>();
        var prefix = TableKey.Escape(member.TenantId) + "|";
        await foreach (var row in asks.QueryAsync<AskEntity>(TableFilter.Partitions(prefix, TableKey.Escape(member.TenantId) + "}"), cancellationToken: cancellationToken))
        {
            tenantAsks.Add(row);
        }

        foreach (var row in tenantAsks.Where(r => r.TenantId == member.TenantId))
        {
            if (row.PartitionKey == own)
            {
                await asks.DeleteEntityAsync(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken);
                erased++;
            }
            else if (row.ToRecord().Candidates.Any(c => c.MemberId == member.MemberId))
            {
                // Someone else's ask found them: their name and the reason quoting their words go; the ask stays.
                await asks.UpdateAsync<AskEntity>(
                    row.PartitionKey,
                    row.RowKey,
                    current => current?.ToRecord() is { } ask && ask.Candidates.Any(c => c.MemberId == member.MemberId)
                        ? AskEntity.From(ask with { Candidates = [.. ask.Candidates.Where(c => c.MemberId != member.MemberId)] })
                        : null,
                    cancellationToken: cancellationToken);
                erased++;
            }
        }

        var asked = await tables.GetAsync(AskedTableName);
        var mine = new List<AskedEntity>();
        await foreach (var row in asked.QueryAsync<AskedEntity>(TableFilter.Partition(own), cancellationToken: cancellationToken))
        {
            mine.Add(row);
        }

        foreach (var row in mine)
        {
            await asked.DeleteEntityAsync(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken);
            erased++;
        }

        return erased;
    }
}
