using Azure;
using Azure.Data.Tables;

using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Storage;

namespace ConnectorBot.BotFramework.Turns;

/// <summary>
/// Channels redeliver an activity when the bot is slow to answer; a marker row per activity id makes the second
/// delivery a no-op, across restarts and instances. The marker is removed when processing fails, so a redelivery can
/// try again. It names the process that took the turn: a redelivery finding a marker whose process is gone (killed
/// mid-turn, so it never released it) takes the turn over — at once on the embedded store, whose file only this process
/// opens; on a shared account once the marker is older than Teams' patience, after which Teams has given up on that
/// attempt anyway. So a crash never turns Teams' redelivery into a lost message.
/// </summary>
public sealed class ActivityDeduplicator(TableSet tables, TimeProvider clock, ILogger<ActivityDeduplicator> logger)
{
    public const string TableName = "ProcessedActivities";
    public static readonly TimeSpan Retention = TimeSpan.FromDays(2);

    /// <summary>How long Teams waits for an answer before it treats the attempt as failed and redelivers.</summary>
    public static readonly TimeSpan TeamsPatience = TimeSpan.FromSeconds(15);

    // Markers are keyed "{conversation}|{activity}": one conversation's markers share a prefix.
    private const char Separator = '|';
    private const string OwnerProperty = "Owner";
    private const string StartedProperty = "Started";

    // This process's name on the markers it writes: a new one after every start.
    private readonly string _owner = Guid.NewGuid().ToString("N");

    /// <summary>True the first time an activity is seen (or when its first attempt died with its process); false for a redelivery.</summary>
    public async Task<bool> TryBeginAsync(string tenantId, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.Id))
        {
            return true;
        }

        var table = await tables.GetAsync(TableName);
        var marker = Marker(tenantId, activity);
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
    public async Task AbandonAsync(string tenantId, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.Id))
        {
            return;
        }

        var table = await tables.GetAsync(TableName);
        var marker = Marker(tenantId, activity);
        await table.DeleteEntityAsync(marker.PartitionKey, marker.RowKey, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Claims a marker whose process is gone (ETag-checked, so of two redeliveries racing one wins). A marker without an
    /// owner was written before markers named one, by a turn long finished: never taken over.
    /// </summary>
    private async Task<bool> TryTakeOverAsync(ITable table, TableEntity mine, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(mine.PartitionKey, mine.RowKey, cancellationToken: cancellationToken);
        if (found is null || found.GetString(OwnerProperty) is not { } owner || owner == _owner)
        {
            return false;
        }

        var started = found.GetDateTimeOffset(StartedProperty) ?? DateTimeOffset.MinValue;
        if (!tables.Store.OnlyThisProcess && clock.GetUtcNow() - started < TeamsPatience)
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

    private static TableEntity Marker(string tenantId, Activity activity) =>
        new(TableKey.Escape(tenantId), TableKey.Escape(activity.Conversation?.Id ?? string.Empty) + Separator + TableKey.Escape(activity.Id!));
}
