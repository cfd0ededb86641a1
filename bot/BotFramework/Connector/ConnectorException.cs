using System.Net;

namespace ConnectorBot.BotFramework.Connector;

/// <summary>
/// Every failed connector call ends in this exception (caller cancellation stays an OperationCanceledException).
/// Features switch on <see cref="Outcome"/>; <see cref="StatusCode"/> and <see cref="ErrorCode"/> carry the details.
/// </summary>
public sealed class ConnectorException(
    ConnectorOutcome outcome,
    string message,
    HttpStatusCode? statusCode = null,
    string? errorCode = null,
    TimeSpan? retryAfter = null,
    Exception? innerException = null,
    bool heldBack = false)
    : Exception(message, innerException)
{
    public ConnectorOutcome Outcome { get; } = outcome;

    public HttpStatusCode? StatusCode { get; } = statusCode;

    /// <summary>The service's code from <c>{"error":{"code"}}</c>, e.g. ConversationBlockedByUser.</summary>
    public string? ErrorCode { get; } = errorCode;

    /// <summary>The last Retry-After the service sent, for callers that reschedule throttled work.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>Refused by the bot's own rate limiter before anything was sent (throttled, with the wait in <see cref="RetryAfter"/>).</summary>
    public bool HeldBack { get; } = heldBack;

    /// <summary>A failure a later attempt can get past (throttled, the service busy or unreachable, no token yet); the rest would fail the same way.</summary>
    public bool Passes => Outcome is ConnectorOutcome.Throttled
        or ConnectorOutcome.ServiceError
        or ConnectorOutcome.NetworkError
        or ConnectorOutcome.PreconditionFailed
        or ConnectorOutcome.TokenUnavailable;

    /// <summary>The bot cannot reach this conversation until someone changes something: drop or pause stored references.</summary>
    public bool ConversationUnreachable => Outcome is ConnectorOutcome.BlockedByUser
        or ConnectorOutcome.BotNotInConversation
        or ConnectorOutcome.BotDisabledByAdmin
        or ConnectorOutcome.ConversationNotFound;
}
