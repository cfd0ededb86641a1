namespace ConnectorBot.BotFramework.Connector;

/// <summary>Why a connector call failed, in terms a feature can act on.</summary>
public enum ConnectorOutcome
{
    /// <summary>Anything not listed below; see the status and error code.</summary>
    Failed,

    /// <summary>400: the request was malformed (a bug on our side, not worth retrying).</summary>
    BadRequest,

    /// <summary>401: the token was missing or refused (BotNotRegistered, wrong app id or secret).</summary>
    Unauthorized,

    /// <summary>403 ConversationBlockedByUser: the user blocked the bot; stop messaging them.</summary>
    BlockedByUser,

    /// <summary>403 BotNotInConversationRoster: the bot was removed from the chat, team or channel.</summary>
    BotNotInConversation,

    /// <summary>403 BotDisabledByAdmin: the tenant admin disabled the app.</summary>
    BotDisabledByAdmin,

    /// <summary>Another 403 (for example NotEnoughPermissions).</summary>
    Forbidden,

    /// <summary>404 ConversationNotFound: the conversation no longer exists.</summary>
    ConversationNotFound,

    /// <summary>Another 404 (an unknown activity or member).</summary>
    NotFound,

    /// <summary>412 after every retry.</summary>
    PreconditionFailed,

    /// <summary>413 MessageSizeTooBig: shrink the message or card.</summary>
    MessageTooLarge,

    /// <summary>429 after every retry (or a Retry-After longer than we are willing to wait).</summary>
    Throttled,

    /// <summary>5xx after every retry.</summary>
    ServiceError,

    /// <summary>No HTTP answer: connection failure or an attempt timeout, after every retry.</summary>
    NetworkError,

    /// <summary>No token could be obtained; nothing was sent.</summary>
    TokenUnavailable,

    /// <summary>A token would have gone to a plain-http, non-loopback serviceUrl; nothing was sent.</summary>
    InsecureServiceUrl,
}
