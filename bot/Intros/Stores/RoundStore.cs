using Azure;

using ConnectorBot.Storage;
using ConnectorBot.Teams.Install;

namespace ConnectorBot.Intros.Stores;

/// <summary>Rounds, partitioned by tenant and team; a round id is written once, so a slot runs once.</summary>
public sealed class RoundStore(TableSet tables) : ITeamData
{
    public const string TableName = "Rounds";

    public string Name => TableName;

    /// <summary>Every row of the team, for the retention sweep after the bot was removed.</summary>
    public Task<int> EraseTeamAsync(string tenantId, string teamId, CancellationToken cancellationToken) =>
        TeamPartitionEraser.EraseAsync(tables, TableName, tenantId, teamId, cancellationToken);

    /// <summary>Adds the round; false when a round with that id is already stored (it ran, or is running, elsewhere).</summary>
    public async Task<bool> TryAddAsync(RoundRecord round, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(round);
        var table = await tables.GetAsync(TableName);
        try
        {
            await table.AddEntityAsync(RoundEntity.From(round), cancellationToken);
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
        return row?.ToRecord();
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
            if (row.TenantId == tenantId && row.ToRecord().FirstInLine.Contains(memberId, StringComparer.Ordinal))
            {
                naming.Add(row);
            }
        }

        foreach (var row in naming)
        {
            await table.UpdateAsync<RoundEntity>(
                row.PartitionKey,
                row.RowKey,
                current => current?.ToRecord() is { } round && round.FirstInLine.Contains(memberId, StringComparer.Ordinal)
                    ? RoundEntity.From(round with { FirstInLine = [.. round.FirstInLine.Where(id => id != memberId)] })
                    : null,
                cancellationToken: cancellationToken);
        }

        return naming.Count;
    }

    /// <summary>A team's rounds, oldest first (round ids sort by slot), lazily.</summary>
    public async IAsyncEnumerable<RoundRecord> ListAsync(string tenantId, string teamId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName);
        await foreach (var row in table.QueryAsync<RoundEntity>(TeamPartition.EqualsFilter(tenantId, teamId), cancellationToken: cancellationToken))
        {
            yield return row.ToRecord();
        }
    }
}
