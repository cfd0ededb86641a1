using System.Globalization;

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

    /// <summary>How many of this turn's replies went to the outbox instead of straight out.</summary>
    public int Queued { get; private set; }

    /// <summary>Sends (or queues) the reply; the new activity's id when it was sent and the channel gave one.</summary>
    public async Task<string?> SendAsync(string? serviceUrl, string conversationId, Activity reply)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(reply);
        var tenantId = _turn.GetTenantId() ?? throw new InvalidOperationException("The activity names no tenant.");
        var index = _next++;
        if (_queueing.Contains(conversationId)
            || (!_clear.Contains(conversationId) && await _outbox.HasPendingAsync(tenantId, conversationId, _cancellationToken).ConfigureAwait(false)))
        {
            await QueueAsync(tenantId, serviceUrl, conversationId, reply, index, notBefore: null, "earlier replies are still owed").ConfigureAwait(false);
            return null;
        }

        _clear.Add(conversationId);
        try
        {
            return (await _connector.SendToConversationAsync(serviceUrl, conversationId, reply, _cancellationToken).ConfigureAwait(false)).Id;
        }
        catch (ConnectorException e) when (Passes(e.Outcome))
        {
            var why = string.Format(CultureInfo.InvariantCulture, "{0} ({1})", e.Outcome, (int?)e.StatusCode);
            await QueueAsync(tenantId, serviceUrl, conversationId, reply, index, e.RetryAfter is { } wait ? _outbox.Now + wait : null, why).ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>Failures a later attempt can get past; the rest (bad request, bot removed, too large) would fail the same way.</summary>
    internal static bool Passes(ConnectorOutcome outcome) => outcome is ConnectorOutcome.Throttled
        or ConnectorOutcome.ServiceError
        or ConnectorOutcome.NetworkError
        or ConnectorOutcome.PreconditionFailed
        or ConnectorOutcome.TokenUnavailable;

    private async Task QueueAsync(string tenantId, string? serviceUrl, string conversationId, Activity reply, int index, DateTimeOffset? notBefore, string why)
    {
        _queueing.Add(conversationId);
        var now = _outbox.Now;
        await _outbox.QueueAsync(
            new QueuedReply
            {
                TenantId = tenantId,
                ConversationId = conversationId,
                ServiceUrl = serviceUrl ?? string.Empty,
                Authenticated = _authenticated,
                MemberId = string.IsNullOrEmpty(_turn.From?.AadObjectId) ? _turn.From?.Id : _turn.From.AadObjectId,
                TurnActivityId = _turnId,
                Index = index,
                Reply = reply,
                Sequence = _outbox.NextSequence(now),
                QueuedAt = now,
                NotBefore = notBefore,
            },
            why,
            CancellationToken.None).ConfigureAwait(false);
        Queued++;
    }
}
