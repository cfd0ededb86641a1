using System.Threading.Channels;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.BotFramework.Replies;

/// <summary>
/// Where a turn's replies go when they cannot be sent while the member waits: queued durably, then delivered by
/// <see cref="ReplyDelivery"/> in order per conversation, once each. Hands each turn its <see cref="TurnReplies"/>.
/// </summary>
public sealed class ReplyOutbox(ReplyStore store, IConnectorClient connector, TimeProvider clock, ILogger<ReplyOutbox> logger)
{
    // One pending wake-up is enough: the sender looks at the whole outbox each time it wakes.
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>The replies of one turn, sent through <paramref name="connector"/> (a turn's budget) or queued.</summary>
    public TurnReplies ForTurn(Activity activity, IConnectorClient connector, bool authenticated, CancellationToken cancellationToken) =>
        new(this, activity, connector.InTurn, authenticated, cancellationToken);

    /// <summary>
    /// A message the bot sends on its own into a conversation where a turn's replies may still be owed (the playback
    /// after a member's last answer): queued behind them; else sent now with a turn's budget, and queued if Teams will not
    /// take it now. <paramref name="key"/> names the message, so offering it twice queues it once. A failure a retry
    /// would not fix is thrown, as from the connector.
    /// </summary>
    public async Task SendInOrderAsync(string tenantId, string? serviceUrl, string conversationId, string? memberId, string key, Activity message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(key);
        DateTimeOffset? notBefore = null;
        string why;
        if (await store.HasPendingAsync(tenantId, conversationId, cancellationToken).ConfigureAwait(false))
        {
            why = "earlier replies are still owed";
        }
        else
        {
            try
            {
                await connector.InTurn.SendToConversationAsync(serviceUrl, conversationId, message, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (ConnectorException e) when (TurnReplies.Passes(e.Outcome))
            {
                notBefore = e.RetryAfter is { } wait ? Now + wait : null;
                why = $"{e.Outcome} ({(int?)e.StatusCode})";
            }
        }

        var now = Now;
        await QueueAsync(
            new QueuedReply
            {
                TenantId = tenantId,
                ConversationId = conversationId,
                ServiceUrl = serviceUrl ?? string.Empty,
                Authenticated = true,
                MemberId = memberId,
                TurnActivityId = key,
                Index = 0,
                Reply = message,
                Sequence = NextSequence(now),
                QueuedAt = now,
                NotBefore = notBefore,
            },
            why,
            CancellationToken.None).ConfigureAwait(false);
    }

    internal Task<bool> HasPendingAsync(string tenantId, string conversationId, CancellationToken cancellationToken) =>
        store.HasPendingAsync(tenantId, conversationId, cancellationToken);

    internal async Task QueueAsync(QueuedReply reply, string why, CancellationToken cancellationToken)
    {
        var added = await store.AddAsync(reply, cancellationToken).ConfigureAwait(false);
        logger.LogWarning(
            "Reply {Index} to activity {ActivityId} in conversation {ConversationId} of tenant {TenantId} {Queued} for later delivery: {Why}.",
            reply.Index,
            reply.TurnActivityId,
            reply.ConversationId,
            reply.TenantId,
            added ? "queued" : "was already queued",
            why);
        _wake.Writer.TryWrite(true);
    }

    private long _lastSequence;

    internal DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The clock's ticks, made strictly increasing: two replies queued in one tick still keep their order.</summary>
    internal long NextSequence(DateTimeOffset now)
    {
        while (true)
        {
            var last = Interlocked.Read(ref _lastSequence);
            var next = Math.Max(now.UtcTicks, last + 1);
            if (Interlocked.CompareExchange(ref _lastSequence, next, last) == last)
            {
                return next;
            }
        }
    }

    /// <summary>Waits until a reply is queued or <paramref name="timeout"/> passes (on the bot's clock).</summary>
    public async Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, clock, either.Token);
        var wake = _wake.Reader.WaitToReadAsync(either.Token).AsTask();
        await Task.WhenAny(delay, wake).ConfigureAwait(false);
        await either.CancelAsync().ConfigureAwait(false);
        _wake.Reader.TryRead(out _);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
