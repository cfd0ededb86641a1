using Azure;

using ConnectorBot.Storage;
using ConnectorBot.Teams.Install;

namespace ConnectorBot.Intros.Stores;

/// <summary>
/// Rounds, partitioned by tenant and team; a round id is written once, so a slot runs once. A first-in-line list too
/// long for the round's row (a big team leaves thousands waiting) goes in pages in <see cref="WaitingTableName"/>.
/// </summary>
public sealed class RoundStore(TableSet tables) : ITeamData
{
    public const string TableName = "Rounds";

    /// <summary>Pages of long first-in-line lists (<see cref="WaitingPageEntity"/>).</summary>
    public const string WaitingTableName = "RoundWaiting";

    public string Name => TableName;

    /// <summary>Every row of the team, its rounds and their pages, for the retention sweep after the bot was removed.</summary>
    public async Task<int> EraseTeamAsync(string tenantId, string teamId, CancellationToken cancellationToken) =>
        await TeamPartitionEraser.EraseAsync(tables, WaitingTableName, tenantId, teamId, cancellationToken)
        + await TeamPartitionEraser.EraseAsync(tables, TableName, tenantId, teamId, cancellationToken);

    /// <summary>Adds the round; false when a round with that id is already stored (it ran, or is running, elsewhere).</summary>
    public async Task<bool> TryAddAsync(RoundRecord round, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(round);
        var table = await tables.GetAsync(TableName);
        var pages = 0;
        if (RecordJson.Write(round.FirstInLine).Length > RecordJson.MaxPropertyChars)
        {
            // A stored round's pages are never written over (its runner holds the round's lease, so no other writes them now).
            if (await table.GetEntityIfExistsAsync<RoundEntity>(TeamPartition.Key(round.TenantId, round.TeamId), TableKey.Escape(round.RoundId), select: [nameof(RoundEntity.RoundId)], cancellationToken: cancellationToken) is not null)
            {
                return false;
            }

            pages = await WritePagesAsync(round, cancellationToken);
        }

        try
        {
            // The round's row last: until it is written no reader looks for the pages, so a run cut short leaves no half list.
            await table.AddEntityAsync(RoundEntity.From(round, pages), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<RoundRecord?> GetAsync(string tenantId, string teamId, string roundId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName);
        var row = await table.GetEntityIfExistsAsync<RoundEntity>(TeamPartition.Key(tenantId, teamId), TableKey.Escape(roundId), cancellationToken: cancellationToken);
        return row is null ? null : await ToRecordAsync(row, cancellationToken);
    }

    /// <summary>
    /// Takes the member off the first-in-line list of every round of their tenant (ETag-guarded), for "forget me": the
    /// round keeps its counts, and nobody it left waiting is named by id after they asked to be forgotten. Returns the rounds changed.
    /// </summary>
    public async Task<int> ForgetWaitingAsync(string tenantId, string memberId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName);
        var naming = new List<RoundEntity>();
        await foreach (var row in table.QueryAsync<RoundEntity>(TeamPartition.TenantFilter(tenantId), cancellationToken: cancellationToken))
        {
            // A tenant id containing '|' could share the key prefix: check the tenant too.
            if (row.TenantId == tenantId && !row.IsPaged && row.ToRecord().FirstInLine.Contains(memberId, StringComparer.Ordinal))
            {
                naming.Add(row);
            }
        }

        foreach (var row in naming)
        {
            await table.UpdateAsync<RoundEntity>(
                row.PartitionKey,
                row.RowKey,
                current => current is { IsPaged: false } && current.ToRecord() is { } round && round.FirstInLine.Contains(memberId, StringComparer.Ordinal)
                    ? RoundEntity.From(round with { FirstInLine = [.. round.FirstInLine.Where(id => id != memberId)] })
                    : null,
                cancellationToken: cancellationToken);
        }

        return naming.Count + await ForgetOnPagesAsync(tenantId, memberId, cancellationToken);
    }

    /// <summary>A team's rounds, oldest first (round ids sort by slot), lazily.</summary>
    public async IAsyncEnumerable<RoundRecord> ListAsync(string tenantId, string teamId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName);
        await foreach (var row in table.QueryAsync<RoundEntity>(TeamPartition.EqualsFilter(tenantId, teamId), cancellationToken: cancellationToken))
        {
            yield return await ToRecordAsync(row, cancellationToken);
        }
    }

    private async Task<int> WritePagesAsync(RoundRecord round, CancellationToken cancellationToken)
    {
        var waiting = await tables.GetAsync(WaitingTableName);
        var pages = WaitingPageEntity.Split(round.FirstInLine);
        for (var page = 0; page < pages.Count; page++)
        {
            await waiting.UpsertEntityAsync(WaitingPageEntity.For(round, page, pages[page]), Azure.Data.Tables.TableUpdateMode.Replace, cancellationToken);
        }

        // Pages past the end, left by an earlier attempt at this round that was cut short with a longer list.
        await foreach (var stale in waiting.QueryAsync<WaitingPageEntity>(PagesOf(round.TenantId, round.TeamId, round.RoundId), select: [nameof(WaitingPageEntity.Page), nameof(WaitingPageEntity.RoundId)], cancellationToken: cancellationToken))
        {
            if (stale.Page >= pages.Count && stale.RoundId == round.RoundId)
            {
                await waiting.DeleteEntityAsync(stale.PartitionKey, stale.RowKey, cancellationToken: cancellationToken);
            }
        }

        return pages.Count;
    }

    private async Task<RoundRecord> ToRecordAsync(RoundEntity row, CancellationToken cancellationToken)
    {
        if (!row.IsPaged)
        {
            return row.ToRecord();
        }

        var waiting = await tables.GetAsync(WaitingTableName);
        var members = new List<string>();
        var roundId = row.RoundId ?? TableKey.Unescape(row.RowKey);
        await foreach (var page in waiting.QueryAsync<WaitingPageEntity>(PagesOf(row.TenantId ?? string.Empty, row.TeamId ?? string.Empty, roundId), cancellationToken: cancellationToken))
        {
            // Rows come in key order, which is page order; a page past the count is an earlier attempt's.
            if (page.Page < row.FirstInLinePages && page.RoundId == roundId)
            {
                members.AddRange(page.MemberIds());
            }
        }

        return row.ToRecord(members);
    }

    private async Task<int> ForgetOnPagesAsync(string tenantId, string memberId, CancellationToken cancellationToken)
    {
        var waiting = await tables.GetAsync(WaitingTableName);
        var naming = new List<WaitingPageEntity>();
        await foreach (var page in waiting.QueryAsync<WaitingPageEntity>(TeamPartition.TenantFilter(tenantId), cancellationToken: cancellationToken))
        {
            if (page.TenantId == tenantId && page.MemberIds().Contains(memberId, StringComparer.Ordinal))
            {
                naming.Add(page);
            }
        }

        foreach (var page in naming)
        {
            await waiting.UpdateAsync<WaitingPageEntity>(
                page.PartitionKey,
                page.RowKey,
                current => current is not null && current.MemberIds() is var ids && ids.Contains(memberId, StringComparer.Ordinal)
                    ? new WaitingPageEntity
                    {
                        TenantId = current.TenantId,
                        TeamId = current.TeamId,
                        RoundId = current.RoundId,
                        Page = current.Page,
                        Members = RecordJson.Write(ids.Where(id => id != memberId).ToList(), nameof(WaitingPageEntity.Members)),
                    }
                    : null,
                cancellationToken: cancellationToken);
        }

        // A round counts once however many of its pages named the member.
        return naming.Select(p => (p.PartitionKey, p.RoundId)).Distinct().Count();
    }

    private static TableFilter PagesOf(string tenantId, string teamId, string roundId) =>
        TeamPartition.EqualsFilter(tenantId, teamId).Rows(WaitingPageEntity.RoundPrefix(roundId), WaitingPageEntity.RoundEnd(roundId));
}
