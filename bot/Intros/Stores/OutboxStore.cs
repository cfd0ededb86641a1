using Azure;

using ConnectorBot.Storage;
using ConnectorBot.Teams.Install;

namespace ConnectorBot.Intros.Stores;

/// <summary>The durable outbox: sends owed to Teams, keyed by idempotency key so each is queued and completed once.</summary>
public sealed class OutboxStore(TableSet tables) : ITeamData
{
    public const string TableName = "Outbox";

    // Errors are status lines, but a runaway message must not outgrow a table property.
    private const int MaxErrorChars = 1000;

    public string Name => TableName;

    /// <summary>Every row of the team, for the retention sweep after the bot was removed.</summary>
    public Task<int> EraseTeamAsync(string tenantId, string teamId, CancellationToken cancellationToken) =>
        TeamPartitionEraser.EraseAsync(tables, TableName, tenantId, teamId, cancellationToken);

    /// <summary>Queues the item; false when an item with that key is already queued (or done).</summary>
    public async Task<bool> EnqueueAsync(OutboxItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var table = await tables.GetAsync(TableName);
        try
        {
            await table.AddEntityAsync(OutboxEntity.From(item), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Queues many items, a transaction per hundred of one team (a round queues one per intro: thousands of calls one by one
    /// on Table Storage); items already queued are kept as they are. Returns how many were queued now.
    /// </summary>
    public async Task<int> EnqueueManyAsync(IEnumerable<OutboxItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var table = await tables.GetAsync(TableName);
        return await table.AddAllAsync(items.Select(OutboxEntity.From), cancellationToken);
    }

    /// <summary>Deletes the item, queued or done (a missing one is not an error).</summary>
    public async Task DeleteAsync(string tenantId, string teamId, string key, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName);
        await table.DeleteEntityAsync(TeamPartition.Key(tenantId, teamId), TableKey.Escape(key), cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Deletes every item of <paramref name="kind"/> to the member in any team of their tenant, queued or done ("forget me":
    /// no row names them afterwards); returns how many went.
    /// </summary>
    public async Task<int> DeleteToMemberAsync(string tenantId, string memberId, OutboxKind kind, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName);
        var found = new List<OutboxEntity>();
        await foreach (var row in table.QueryAsync<OutboxEntity>(TeamPartition.TenantFilter(tenantId).And(nameof(OutboxEntity.MemberId), memberId), cancellationToken: cancellationToken))
        {
            // A tenant id containing '|' could share the key prefix: check the tenant too.
            if (row.TenantId == tenantId && row.Kind == kind)
            {
                found.Add(row);
            }
        }

        foreach (var row in found)
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken);
        }

        return found.Count;
    }

    public async Task<OutboxItem?> GetAsync(string tenantId, string teamId, string key, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName);
        var row = await table.GetEntityIfExistsAsync<OutboxEntity>(TeamPartition.Key(tenantId, teamId), TableKey.Escape(key), cancellationToken: cancellationToken);
        return row?.ToItem();
    }

    /// <summary>One team's items not yet done, lazily (due or not: the caller checks NotBefore).</summary>
    public IAsyncEnumerable<OutboxItem> ListPendingAsync(string tenantId, string teamId, CancellationToken cancellationToken = default) =>
        QueryAsync(TeamPartition.EqualsFilter(tenantId, teamId).And(nameof(OutboxEntity.Done), false), cancellationToken);

    /// <summary>Every team's items not yet done, lazily: the sender's scan after a restart.</summary>
    public IAsyncEnumerable<OutboxItem> ListAllPendingAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(TableFilter.Where(nameof(OutboxEntity.Done), false), cancellationToken);

    /// <summary>
    /// Takes the item for sending until <paramref name="until"/> (ETag-guarded), so two workers draining
    /// at once never send it twice; null when it is done, deferred or held by another worker.
    /// </summary>
    public async Task<OutboxItem?> TryClaimAsync(OutboxItem item, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        var claimed = false;
        var stored = await UpdateAsync(
            item,
            current =>
            {
                claimed = !current.Done && (current.NotBefore is null || current.NotBefore <= now);
                return claimed ? current with { NotBefore = until } : null;
            },
            cancellationToken);
        return claimed ? stored : null;
    }

    /// <summary>Marks the item sent (ETag-guarded; completing twice keeps the first completion).</summary>
    public Task<OutboxItem?> CompleteAsync(OutboxItem item, DateTimeOffset completedAt, CancellationToken cancellationToken = default) =>
        UpdateAsync(item, current => current.Done ? null : current with { Done = true, CompletedAt = completedAt }, cancellationToken);

    /// <summary>Puts the item back for later (Retry-After, back-off) and counts the attempt.</summary>
    public Task<OutboxItem?> DeferAsync(OutboxItem item, DateTimeOffset notBefore, string? lastError, CancellationToken cancellationToken = default) =>
        UpdateAsync(
            item,
            current => current.Done ? null : current with
            {
                Attempts = current.Attempts + 1,
                NotBefore = notBefore,
                LastError = lastError is { Length: > MaxErrorChars } ? lastError[..MaxErrorChars] : lastError,
            },
            cancellationToken);

    private async Task<OutboxItem?> UpdateAsync(OutboxItem item, Func<OutboxItem, OutboxItem?> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var table = await tables.GetAsync(TableName);
        var stored = await table.UpdateAsync<OutboxEntity>(
            TeamPartition.Key(item.TenantId, item.TeamId),
            TableKey.Escape(item.Key),
            current => current is null ? null : change(current.ToItem()) is { } next ? OutboxEntity.From(next) : null,
            cancellationToken: cancellationToken);
        return stored?.ToItem();
    }

    private async IAsyncEnumerable<OutboxItem> QueryAsync(TableFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        await foreach (var row in table.QueryAsync<OutboxEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return row.ToItem();
        }
    }
}
