using System.Collections.Concurrent;

using Azure;
using Azure.Data.Tables;

using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Storage;

using Microsoft.Extensions.Options;

namespace ConnectorBot.BotFramework.Turns;

/// <summary>
/// Channels redeliver an activity when the bot is slow to answer; a marker row per activity id makes the second
/// delivery a no-op, across restarts and instances. The marker is removed when processing fails, so a redelivery can
/// try again. It names the process that took the turn (its instance and start): a redelivery finding a marker whose
/// process is gone (killed mid-turn, so it never released it) takes the turn over — at once when that process ran on this
/// instance (this one was started in its place) or the store is the embedded file only this process opens; otherwise
/// once the marker is older than Teams' patience, after which Teams has given up on that attempt anyway. So a crash
/// never turns Teams' redelivery into a lost message.
/// On a store only this process opens (the embedded file) the guard while a turn runs is in memory and the marker is
/// written once, finished, when the turn ends: a crash mid-turn then leaves no marker, which is what a takeover would
/// conclude anyway, and a turn costs one read and one write instead of two writes.
/// </summary>
public sealed class ActivityDeduplicator(TableSet tables, TimeProvider clock, ILogger<ActivityDeduplicator> logger, IOptions<BotOptions>? options = null)
{
    public const string TableName = "ProcessedActivities";
    public static readonly TimeSpan Retention = TimeSpan.FromDays(2);

    /// <summary>How long Teams waits for an answer before it treats the attempt as failed and redelivers.</summary>
    public static readonly TimeSpan TeamsPatience = TimeSpan.FromSeconds(15);

    // Markers are keyed "{conversation}|{activity}": one conversation's markers share a prefix.
    private const char Separator = '|';

    // Between partition and row key in the in-flight set: escaped keys never hold a newline.
    private const char KeySeparator = '\n';
    private const string OwnerProperty = "Owner";
    private const string StartedProperty = "Started";
    private const string DoneProperty = "Done";

    // This process's name on the markers it writes: its instance's, then a new one after every start.
    private readonly string _instance = (options?.Value.InstanceName ?? Environment.MachineName) + "/";
    private readonly string _owner = (options?.Value.InstanceName ?? Environment.MachineName) + "/" + Guid.NewGuid().ToString("N");

    // The turns running in this process, by marker key (used on a store only this process opens).
    private readonly ConcurrentDictionary<string, TurnInFlight> _inFlight = new(StringComparer.Ordinal);

    /// <summary>True the first time an activity is seen (or when its first attempt died with its process); false for a redelivery.</summary>
    public async Task<bool> TryBeginAsync(string tenantId, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.Id))
        {
            return true;
        }

        var table = await tables.GetAsync(TableName);
        var marker = Marker(tenantId, activity);
        if (tables.Store.OnlyThisProcess)
        {
            return await TryBeginHereAsync(table, marker, activity, cancellationToken);
        }

        marker[OwnerProperty] = _owner;
        marker[StartedProperty] = clock.GetUtcNow();
        try
        {
            await table.AddEntityAsync(marker, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            if (await TryTakeOverAsync(table, marker, cancellationToken))
            {
                logger.LogWarning("Activity {ActivityId} was delivered again after its first attempt's process stopped mid-turn; running it now.", activity.Id);
                return true;
            }

            logger.LogInformation("Activity {ActivityId} was delivered again; processed once already.", activity.Id);
            return false;
        }
    }
    /// <summary>Marks the activity's turn finished, so no later start ever takes it for one its process left half done.</summary>
    public async Task CompleteAsync(string tenantId, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.Id))
        {
            return;
        }

        var table = await tables.GetAsync(TableName);
        var marker = Marker(tenantId, activity);
        if (tables.Store.OnlyThisProcess && _inFlight.TryGetValue(KeyOf(marker), out var turn))
        {
            await CompleteHereAsync(table, marker, turn, cancellationToken);
            return;
        }

        marker[DoneProperty] = true;
        try
        {
            // An update, never an insert: a turn that erased its own marker ("forget me" erases the chat's) keeps it erased.
            await table.UpdateEntityAsync(marker, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    public async Task AbandonAsync(string tenantId, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.Id))
        {
            return;
        }

        var table = await tables.GetAsync(TableName);
        var marker = Marker(tenantId, activity);
        if (tables.Store.OnlyThisProcess && _inFlight.TryRemove(KeyOf(marker), out _))
        {
            // Nothing was written for it; a marker an earlier start left unfinished stays so, for the redelivery to take over.
            return;
        }

        await table.DeleteEntityAsync(marker.PartitionKey, marker.RowKey, cancellationToken: cancellationToken);
    }

    private async Task<bool> TryBeginHereAsync(ITable table, TableEntity marker, Activity activity, CancellationToken cancellationToken)
    {
        var key = KeyOf(marker);
        if (!_inFlight.TryAdd(key, new TurnInFlight(clock.GetUtcNow())))
        {
            logger.LogInformation("Activity {ActivityId} was delivered again while its first delivery is still running.", activity.Id);
            return false;
        }

        try
        {
            var found = await table.GetEntityIfExistsAsync<TableEntity>(marker.PartitionKey, marker.RowKey, cancellationToken: cancellationToken);
            if (found is null)
            {
                return true;
            }

            // Written by an earlier start, which is gone: finished (or from before markers named an owner) means run already.
            if (found.GetBoolean(DoneProperty) == true || found.GetString(OwnerProperty) is null)
            {
                _inFlight.TryRemove(key, out _);
                logger.LogInformation("Activity {ActivityId} was delivered again; processed once already.", activity.Id);
                return false;
            }

            logger.LogWarning("Activity {ActivityId} was delivered again after its first attempt's process stopped mid-turn; running it now.", activity.Id);
            return true;
        }
        catch
        {
            _inFlight.TryRemove(key, out _);
            throw;
        }
    }

    // Written before the turn leaves the in-flight set, so a redelivery always finds one or the other.
    private async Task CompleteHereAsync(ITable table, TableEntity marker, TurnInFlight turn, CancellationToken cancellationToken)
    {
        try
        {
            if (!turn.Erased)
            {
                marker[OwnerProperty] = _owner;
                marker[StartedProperty] = turn.Started;
                marker[DoneProperty] = true;
                await table.UpsertEntityAsync(marker, TableUpdateMode.Replace, cancellationToken);
            }
        }
        finally
        {
            _inFlight.TryRemove(KeyOf(marker), out _);
        }
    }

    /// <summary>
    /// Claims a marker whose process is gone before finishing it (ETag-checked, so of two redeliveries racing one wins).
    /// A finished turn's marker is never taken over, nor one without an owner (written before markers named one).
    /// </summary>
    private async Task<bool> TryTakeOverAsync(ITable table, TableEntity mine, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(mine.PartitionKey, mine.RowKey, cancellationToken: cancellationToken);
        if (found is null || found.GetString(OwnerProperty) is not { } owner || owner == _owner || found.GetBoolean(DoneProperty) == true)
        {
            return false;
        }

        // This instance runs one bot process: an earlier start's marker here was left by a process that is gone.
        var gone = tables.Store.OnlyThisProcess || owner.StartsWith(_instance, StringComparison.Ordinal);
        var started = found.GetDateTimeOffset(StartedProperty) ?? DateTimeOffset.MinValue;
        if (!gone && clock.GetUtcNow() - started < TeamsPatience)
        {
            return false;
        }

        try
        {
            await table.UpdateEntityAsync(mine, found.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    /// <summary>Deletes markers older than the retention; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        var cutoff = clock.GetUtcNow() - Retention;
        var removed = 0;
        await foreach (var old in table.QueryAsync<TableEntity>(TableFilter.LastModifiedBefore(cutoff), select: [], cancellationToken: cancellationToken))
        {
            await table.DeleteEntityAsync(old.PartitionKey, old.RowKey, old.ETag, cancellationToken);
            removed++;
        }

        return removed;
    }

    /// <summary>Deletes every marker of one conversation (a member's personal chat, when they ask to be forgotten).</summary>
    public async Task<int> EraseConversationAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        var prefix = TableKey.Escape(conversationId) + Separator;
        var end = prefix[..^1] + (char)(Separator + 1);
        var removed = 0;

        // A turn of that chat still running (the "forget me" turn itself) must not write its marker back when it ends.
        var running = TableKey.Escape(tenantId) + KeySeparator + prefix;
        foreach (var (key, turn) in _inFlight)
        {
            if (key.StartsWith(running, StringComparison.Ordinal))
            {
                turn.Erased = true;
            }
        }

        await foreach (var marker in table.QueryAsync<TableEntity>(TableFilter.Partition(TableKey.Escape(tenantId)).Rows(prefix, end), select: [], cancellationToken: cancellationToken))
        {
            await table.DeleteEntityAsync(marker.PartitionKey, marker.RowKey, cancellationToken: cancellationToken);
            removed++;
        }

        return removed;
    }

    /// <summary>The length of the activity's once-only marker key: it joins two ids, so both may fit alone and not together.</summary>
    public static int MarkerKeyLength(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Marker(string.Empty, activity with { Id = activity.Id ?? string.Empty }).RowKey.Length;
    }

    private static string KeyOf(TableEntity marker) => marker.PartitionKey + KeySeparator + marker.RowKey;

    private static TableEntity Marker(string tenantId, Activity activity) =>
        new(TableKey.Escape(tenantId), TableKey.Escape(activity.Conversation?.Id ?? string.Empty) + Separator + TableKey.Escape(activity.Id!));

    /// <summary>A turn running in this process: when it began, and whether its chat's markers were erased meanwhile.</summary>
    private sealed class TurnInFlight(DateTimeOffset started)
    {
        public DateTimeOffset Started { get; } = started;

        public bool Erased { get; set; }
    }
}
