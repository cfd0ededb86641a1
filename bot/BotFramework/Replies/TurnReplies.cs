using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.BotFramework.Replies;

/// <summary>
/// One turn's replies. Each is sent at once with a turn's budget; one that still fails for a reason that passes
/// (throttled, the service busy or unreachable) is queued instead, and so is every later reply to that conversation,
/// behind whatever it already owes, so the member gets them all, in order, once. A failure that would recur (a bad
/// request, the bot removed) is thrown as before.
/// </summary>
public sealed class TurnReplies
{
    private readonly ReplyOutbox _outbox;
    private readonly Activity _turn;
    private readonly IConnectorClient _connector;
    private readonly bool _authenticated;
    private readonly CancellationToken _cancellationToken;

    // Per conversation, what this turn already knows: replies are queueing there, or nothing was owed when it looked.
    private readonly HashSet<string> _queueing = new(StringComparer.Ordinal);
    private readonly HashSet<string> _clear = new(StringComparer.Ordinal);
    private readonly string _turnId;
    private int _next;

    internal TurnReplies(ReplyOutbox outbox, Activity turn, IConnectorClient connector, bool authenticated, CancellationToken cancellationToken)
    {
        _outbox = outbox;
        _turn = turn;
        _connector = connector;
        _authenticated = authenticated;
        _cancellationToken = cancellationToken;

        // An activity without an id cannot be redelivered as the same one; its replies still need a key of their own.
        _turnId = string.IsNullOrEmpty(turn.Id) ? "noid-" + Guid.NewGuid().ToString("N") : turn.Id;
    }

    /// <summary>Sends (or queues) the reply; the new activity's id when it was sent and the channel gave one.</summary>
    public async Task<string?> SendAsync(string? serviceUrl, string conversationId, Activity reply)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(reply);
        var tenantId = _turn.GetTenantId() ?? throw new InvalidOperationException("The activity names no tenant.");
        var owed = _queueing.Contains(conversationId)
            || (!_clear.Contains(conversationId) && await _outbox.HasPendingAsync(tenantId, conversationId, _cancellationToken));
        var memberId = string.IsNullOrEmpty(_turn.From?.AadObjectId) ? _turn.From?.Id : _turn.From.AadObjectId;
        var owedReply = new OwedReply(tenantId, serviceUrl, conversationId, _authenticated, memberId, _turnId, _next++, reply);
        var (sent, id) = await _outbox.SendOrQueueAsync(owedReply, _connector, owed, _cancellationToken);
        (sent ? _clear : _queueing).Add(conversationId);
        return id;
    }
}
