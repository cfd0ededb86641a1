using Azure;
using Azure.Data.Tables;

using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Storage;

namespace ConnectorBot.BotFramework.Turns;

/// <summary>
/// Channels redeliver an activity when the bot is slow to answer; a marker row per activity id makes
/// the second delivery a no-op, across restarts and instances. The marker is removed when processing
/// fails, so a redelivery can try again.
/// </summary>
public sealed class ActivityDeduplicator(TableSet tables, TimeProvider clock, ILogger<ActivityDeduplicator> logger)
{
    public const string TableName = "ProcessedActivities";
    public static readonly TimeSpan Retention = TimeSpan.FromDays(2);

    // Markers are keyed "{conversation}|{activity}": one conversation's markers share a prefix.
    private const char Separator = '|';

    /// <summary>True the first time an activity is seen; false for a redelivery.</summary>
    public async Task<bool> TryBeginAsync(string tenantId, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.Id))
        {
            return true;
        }

        var table = await tables.GetAsync(TableName);
        try
        {
            await table.AddEntityAsync(Marker(tenantId, activity), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
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
