using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using Azure;
using Azure.Data.Tables;

using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Storage;

namespace ConnectorBot.BotFramework.Replies;

/// <summary>
/// The reply outbox's table. PartitionKey = a hash of tenant and conversation (ids can be as long as a key on their
/// own), RowKey = a hash of the answered activity's id and the reply's index, so queueing the same reply twice keeps
/// one. The reply itself is kept as JSON in chunks (a property holds at most 32 K characters) and deleted once sent.
/// </summary>
public sealed class ReplyStore(TableSet tables)
{
    public const string TableName = "Replies";

    // 12 × 32,000 characters stay well inside an entity's 1 MiB; Teams refuses messages far smaller than that.
    private const int ChunkChars = 32_000;
    private const int MaxChunks = 12;
    private const string BodyPrefix = "Body";

    private static readonly string[] Header =
    [
        nameof(QueuedReply.TenantId), nameof(QueuedReply.ConversationId), nameof(QueuedReply.MemberId), nameof(QueuedReply.TurnActivityId),
        nameof(QueuedReply.Index), nameof(QueuedReply.Sequence), nameof(QueuedReply.QueuedAt), nameof(QueuedReply.Attempts),
        nameof(QueuedReply.NotBefore), nameof(QueuedReply.LastError),
    ];

    /// <summary>The most characters of JSON a queued reply may take.</summary>
    public static int MaxReplyChars => ChunkChars * MaxChunks;

    // Kept only when the store is one this process alone opens; another instance's queueing would not show in it.
    private readonly OwedConversations? _owed = tables.Store.OnlyThisProcess ? new OwedConversations() : null;

    /// <summary>Queues the reply; false when it is queued already. Throws <see cref="ArgumentException"/> when it is too large to keep.</summary>
    public async Task<bool> AddAsync(QueuedReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var table = await tables.GetAsync(TableName);
        var entity = ToEntity(reply);
        if (_owed is not null)
        {
            await _owed.EnsureLoadedAsync(table, cancellationToken);
        }

        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            _owed?.Add(entity.PartitionKey, entity.RowKey);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Whether the conversation has replies still owed: a new reply must queue behind them to keep the order.</summary>
    public async Task<bool> HasPendingAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        if (_owed is not null)
        {
            await _owed.EnsureLoadedAsync(table, cancellationToken);
            return _owed.Any(Partition(tenantId, conversationId));
        }

        await foreach (var _ in table.QueryAsync<TableEntity>(TableFilter.Partition(Partition(tenantId, conversationId)), maxPerPage: 1, select: [], cancellationToken: cancellationToken))
        {
            return true;
        }

        return false;
    }

    /// <summary>Every queued reply without its body, lazily: what the sender plans its pass from.</summary>
    public async IAsyncEnumerable<QueuedReplyHead> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        await foreach (var row in table.QueryAsync<TableEntity>(TableFilter.All, select: Header, cancellationToken: cancellationToken))
        {
            yield return HeadOf(row);
        }
    }

    /// <summary>
    /// Takes the reply for sending until <paramref name="until"/> (ETag-guarded, so two senders never both send it);
    /// null when it is gone, not due, or held by another sender.
    /// </summary>
    public async Task<QueuedReply?> TryClaimAsync(QueuedReplyHead head, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(head);
        var table = await tables.GetAsync(TableName);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(head.PartitionKey, head.RowKey, cancellationToken: cancellationToken);
        if (row is null || row.GetDateTimeOffset(nameof(QueuedReply.NotBefore)) > now)
        {
            return null;
        }

        try
        {
            await table.UpdateEntityAsync(new TableEntity(head.PartitionKey, head.RowKey) { [nameof(QueuedReply.NotBefore)] = until }, row.ETag, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return null;
        }

        return FromEntity(row) with { NotBefore = until };
    }

    /// <summary>Puts a claimed reply back for later and counts the attempt.</summary>
    public async Task DeferAsync(QueuedReply reply, DateTimeOffset notBefore, int backoffs, string lastError, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var table = await tables.GetAsync(TableName);
        var change = new TableEntity(Partition(reply.TenantId, reply.ConversationId), Row(reply.TurnActivityId, reply.Index))
        {
            [nameof(QueuedReply.Attempts)] = reply.Attempts + 1,
            [nameof(QueuedReply.Backoffs)] = backoffs,
            [nameof(QueuedReply.NotBefore)] = notBefore,
            [nameof(QueuedReply.LastError)] = lastError,
        };
        try
        {
            await table.UpdateEntityAsync(change, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Erased meanwhile ("forget me"): nothing to put back.
        }
    }

    /// <summary>Removes a reply: sent, or given up.</summary>
    public async Task DeleteAsync(string tenantId, string conversationId, string turnActivityId, int index, CancellationToken cancellationToken)
    {
        await RemoveAsync(await tables.GetAsync(TableName), Partition(tenantId, conversationId), Row(turnActivityId, index), cancellationToken);
    }

    /// <summary>The member's queued replies as property bags, for their export.</summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(string tenantId, string memberId, CancellationToken cancellationToken)
    {
        var rows = new List<IReadOnlyDictionary<string, object>>();
        await foreach (var row in MemberRowsAsync(tenantId, memberId, select: null, cancellationToken))
        {
            var reply = FromEntity(row);
            rows.Add(new Dictionary<string, object>(StringComparer.Ordinal)
            {
                [nameof(QueuedReply.QueuedAt)] = reply.QueuedAt,
                [nameof(QueuedReply.Attempts)] = reply.Attempts,
                [nameof(QueuedReply.Reply)] = JsonSerializer.Serialize(reply.Reply, BotJson.Options),
            });
        }

        return rows;
    }

    /// <summary>Deletes the member's queued replies; returns how many went.</summary>
    public async Task<int> EraseAsync(string tenantId, string memberId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        var keys = new List<(string Partition, string Row)>();
        await foreach (var row in MemberRowsAsync(tenantId, memberId, select: [], cancellationToken))
        {
            keys.Add((row.PartitionKey, row.RowKey));
        }

        foreach (var (partition, row) in keys)
        {
            await RemoveAsync(table, partition, row, cancellationToken);
        }

        return keys.Count;
    }

    private async Task RemoveAsync(ITable table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        if (_owed is not null)
        {
            await _owed.EnsureLoadedAsync(table, cancellationToken);
        }

        await table.DeleteEntityAsync(partitionKey, rowKey, cancellationToken: cancellationToken);
        _owed?.Remove(partitionKey, rowKey);
    }

    private async IAsyncEnumerable<TableEntity> MemberRowsAsync(string tenantId, string memberId, IEnumerable<string>? select, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        var filter = TableFilter.Where("TenantId", tenantId).And("MemberId", memberId);
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: select, cancellationToken: cancellationToken))
        {
            yield return row;
        }
    }

    private static string Partition(string tenantId, string conversationId) => Hash(tenantId + "\n" + conversationId);

    private static string Row(string turnActivityId, int index) => Hash(turnActivityId)[..32] + "-" + index.ToString("D4", CultureInfo.InvariantCulture);

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private static TableEntity ToEntity(QueuedReply reply)
    {
        var json = JsonSerializer.Serialize(reply.Reply, BotJson.Options);
        if (json.Length > MaxReplyChars)
        {
            throw new ArgumentException($"The reply takes {json.Length} characters; at most {MaxReplyChars} can be queued.", nameof(reply));
        }

        var entity = new TableEntity(Partition(reply.TenantId, reply.ConversationId), Row(reply.TurnActivityId, reply.Index))
        {
            [nameof(QueuedReply.TenantId)] = reply.TenantId,
            [nameof(QueuedReply.ConversationId)] = reply.ConversationId,
            [nameof(QueuedReply.ServiceUrl)] = reply.ServiceUrl,
            [nameof(QueuedReply.Authenticated)] = reply.Authenticated,
            [nameof(QueuedReply.TurnActivityId)] = reply.TurnActivityId,
            [nameof(QueuedReply.Index)] = reply.Index,
            [nameof(QueuedReply.Sequence)] = reply.Sequence,
            [nameof(QueuedReply.QueuedAt)] = reply.QueuedAt,
            [nameof(QueuedReply.Attempts)] = reply.Attempts,
        };
        if (reply.MemberId is not null)
        {
            entity[nameof(QueuedReply.MemberId)] = reply.MemberId;
        }

        if (reply.NotBefore is { } notBefore)
        {
            entity[nameof(QueuedReply.NotBefore)] = notBefore;
        }

        if (reply.LastError is not null)
        {
            entity[nameof(QueuedReply.LastError)] = reply.LastError;
        }

        for (var (chunk, start) = (0, 0); start < json.Length; chunk++, start += ChunkChars)
        {
            entity[BodyPrefix + chunk.ToString(CultureInfo.InvariantCulture)] = json.Substring(start, Math.Min(ChunkChars, json.Length - start));
        }

        return entity;
    }

    private static QueuedReply FromEntity(TableEntity row)
    {
        var json = new StringBuilder();
        for (var chunk = 0; row.GetString(BodyPrefix + chunk.ToString(CultureInfo.InvariantCulture)) is { } part; chunk++)
        {
            json.Append(part);
        }

        var head = HeadOf(row);
        return new QueuedReply
        {
            TenantId = head.TenantId,
            ConversationId = head.ConversationId,
            ServiceUrl = row.GetString(nameof(QueuedReply.ServiceUrl)) ?? string.Empty,
            Authenticated = row.GetBoolean(nameof(QueuedReply.Authenticated)) ?? true,
            MemberId = head.MemberId,
            TurnActivityId = head.TurnActivityId,
            Index = head.Index,
            Reply = JsonSerializer.Deserialize<Activity>(json.ToString(), BotJson.Options) ?? new Activity(),
            Sequence = head.Sequence,
            QueuedAt = head.QueuedAt,
            Attempts = head.Attempts,
            Backoffs = row.GetInt32(nameof(QueuedReply.Backoffs)) ?? 0,
            NotBefore = head.NotBefore,
            LastError = head.LastError,
        };
    }

    private static QueuedReplyHead HeadOf(TableEntity row) => new(
        row.PartitionKey,
        row.RowKey,
        row.GetString(nameof(QueuedReply.TenantId)) ?? string.Empty,
        row.GetString(nameof(QueuedReply.ConversationId)) ?? string.Empty,
        row.GetString(nameof(QueuedReply.MemberId)),
        row.GetString(nameof(QueuedReply.TurnActivityId)) ?? string.Empty,
        row.GetInt32(nameof(QueuedReply.Index)) ?? 0,
        row.GetInt64(nameof(QueuedReply.Sequence)) ?? 0,
        row.GetDateTimeOffset(nameof(QueuedReply.QueuedAt)) ?? DateTimeOffset.MinValue,
        row.GetInt32(nameof(QueuedReply.Attempts)) ?? 0,
        row.GetDateTimeOffset(nameof(QueuedReply.NotBefore)),
        row.GetString(nameof(QueuedReply.LastError)));
}
