using System.Threading.Channels;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Telemetry;

namespace ConnectorBot.BotFramework.Replies;

/// <summary>
/// Where a turn's replies go when they cannot be sent while the member waits: queued durably, then delivered by
/// <see cref="ReplyDelivery"/> in order per conversation, once each. Hands each turn its <see cref="TurnReplies"/>.
/// </summary>
public sealed class ReplyOutbox(ReplyStore store, IConnectorClient connector, TimeProvider clock, ILogger<ReplyOutbox> logger)
{
    // One pending wake-up is enough: the sender looks at the whole outbox each time it wakes.
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private long _lastSequence;

    /// <summary>The replies of one turn, sent through <paramref name="turnConnector"/> (a turn's budget) or queued.</summary>
    public TurnReplies ForTurn(Activity activity, IConnectorClient turnConnector, bool authenticated, CancellationToken cancellationToken) =>
        new(this, activity, turnConnector.InTurn, authenticated, cancellationToken);

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
        var owed = await HasPendingAsync(tenantId, conversationId, cancellationToken);
        var reply = new OwedReply(tenantId, serviceUrl, conversationId, Authenticated: true, memberId, key, Index: 0, message);
        await SendOrQueueAsync(reply, connector.ForTenant(tenantId).InTurn, owed, cancellationToken);
    }

    /// <summary>Waits until a reply is queued or <paramref name="timeout"/> passes (on the bot's clock).</summary>
    public async Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, clock, either.Token);
        var wake = _wake.Reader.WaitToReadAsync(either.Token).AsTask();
        await Task.WhenAny(delay, wake);
        await either.CancelAsync();
        _wake.Reader.TryRead(out _);
        cancellationToken.ThrowIfCancellationRequested();
    }

    internal Task<bool> HasPendingAsync(string tenantId, string conversationId, CancellationToken cancellationToken) =>
        store.HasPendingAsync(tenantId, conversationId, cancellationToken);

    /// <summary>
    /// The one way a reply goes out: queued at once when the conversation is <paramref name="owed"/> earlier ones, else
    /// sent through <paramref name="sender"/> and queued if that fails for a reason that passes. Returns whether it was
    /// sent, and the new activity's id when the channel gave one.
    /// </summary>
    internal async Task<(bool Sent, string? Id)> SendOrQueueAsync(OwedReply reply, IConnectorClient sender, bool owed, CancellationToken cancellationToken)
    {
        if (owed)
        {
            ReplyTelemetry.Queued(ReplyTelemetry.Owed);
            await QueueAsync(reply, notBefore: null, "earlier replies are still owed", LogLevel.Information);
            return (false, null);
        }

        try
        {
            return (true, (await sender.SendToConversationAsync(reply.ServiceUrl, reply.ConversationId, reply.Message, cancellationToken)).Id);
        }
        catch (ConnectorException e) when (e.Passes)
        {
            // Held back by the bot's own limits is the design working (the turn answers now, the reply follows): not a warning.
            ReplyTelemetry.Queued(e.HeldBack ? ReplyTelemetry.HeldBack : e.Outcome.ToString());
            await QueueAsync(
                reply,
                e.RetryAfter is { } wait ? clock.GetUtcNow() + wait : null,
                e.HeldBack ? "held back to stay within Teams' rate limits" : $"{e.Outcome} ({(int?)e.StatusCode})",
                e.HeldBack ? LogLevel.Information : LogLevel.Warning);
            return (false, null);
        }
    }

    // Not cancelled with the request: a reply that could not be sent must still be kept.
    private async Task QueueAsync(OwedReply reply, DateTimeOffset? notBefore, string why, LogLevel level)
    {
        var now = clock.GetUtcNow();
        var queued = new QueuedReply
        {
            TenantId = reply.TenantId,
            ConversationId = reply.ConversationId,
            ServiceUrl = reply.ServiceUrl ?? string.Empty,
            Authenticated = reply.Authenticated,
            MemberId = reply.MemberId,
            TurnActivityId = reply.Key,
            Index = reply.Index,
            Reply = reply.Message,
            Sequence = NextSequence(now),
            QueuedAt = now,
            NotBefore = notBefore,
        };
        bool added;
        try
        {
            added = await store.AddAsync(queued, CancellationToken.None);
        }
        catch (ArgumentException)
        {
            // Too large to keep (an export attached inline, say): the member is told in its place, so the turn still
            // answers and nothing is dropped without a word.
            logger.LogWarning(
                "Reply {Index} to activity {ActivityId} in conversation {ConversationId} of tenant {TenantId} is too large to queue; a short notice is queued in its place.",
                queued.Index,
                queued.TurnActivityId,
                queued.ConversationId,
                queued.TenantId);
            queued = queued with { Reply = Notice(reply.Message) };
            added = await store.AddAsync(queued, CancellationToken.None);
        }

        logger.Log(
            level,
            "Reply {Index} to activity {ActivityId} in conversation {ConversationId} of tenant {TenantId} {Queued} for later delivery: {Why}.",
            queued.Index,
            queued.TurnActivityId,
            queued.ConversationId,
            queued.TenantId,
            added ? "queued" : "was already queued",
            why);
        _wake.Writer.TryWrite(true);
    }

    private static Activity Notice(Activity reply) => new()
    {
        Type = ActivityTypes.Message,
        Text = ReplyStrings.TooLargeToKeep,
        From = reply.From,
        Recipient = reply.Recipient,
        Conversation = reply.Conversation,
        ChannelId = reply.ChannelId,
        ServiceUrl = reply.ServiceUrl,
        Locale = reply.Locale,
    };

    /// <summary>The clock's ticks, made strictly increasing: two replies queued in one tick still keep their order.</summary>
    private long NextSequence(DateTimeOffset now)
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
}
