using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.BotFramework.Replies;

/// <summary>
/// A reply a turn could not send while the member waited (throttled, the service busy or unreachable), owed to one
/// conversation. <see cref="TurnActivityId"/> and <see cref="Index"/> identify it, so queueing it twice keeps one.
/// </summary>
public sealed record QueuedReply
{
    public required string TenantId { get; init; }

    public required string ConversationId { get; init; }

    /// <summary>Where the conversation's connector is; empty for the default Teams endpoint.</summary>
    public required string ServiceUrl { get; init; }

    /// <summary>False for a turn the development switch let in without a token: its reply carries none either.</summary>
    public required bool Authenticated { get; init; }

    /// <summary>Whose turn it answers (AAD object id, else user id): "forget me" erases their queued replies.</summary>
    public string? MemberId { get; init; }

    /// <summary>The activity being answered.</summary>
    public required string TurnActivityId { get; init; }

    /// <summary>The reply's place among the turn's replies.</summary>
    public required int Index { get; init; }

    public required Activity Reply { get; init; }

    /// <summary>When it was queued, in ticks: replies to one conversation go out in this order.</summary>
    public required long Sequence { get; init; }

    public required DateTimeOffset QueuedAt { get; init; }

    public int Attempts { get; init; }

    /// <summary>Failures in a row that named no Retry-After: each doubles the next wait; one that names it resets them.</summary>
    public int Backoffs { get; init; }

    /// <summary>Not to be sent before this (Retry-After, back-off, or another sender's claim); null = now.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>Why the last attempt failed: outcome and status only, never the reply.</summary>
    public string? LastError { get; init; }
}
