namespace ConnectorBot.Invitations;

public enum InvitationState
{
    /// <summary>Walking the roster once to learn how many members there are (the "of M" on the card).</summary>
    Counting,

    /// <summary>Walking the roster again, inviting one member at a time.</summary>
    Inviting,

    Done,

    /// <summary>The roster could not be read any more (the bot was removed from the team): nothing more to do.</summary>
    Stopped,
}

/// <summary>
/// One team's "invite everyone" pass, stored so it survives restarts: where in the roster it is (the continuation
/// token of the current page and the index within it), the counts so far, and the member being invited right now.
/// </summary>
public sealed record InvitationJob
{
    public required string TenantId { get; init; }

    public required string TeamId { get; init; }

    /// <summary>1 for the team's first pass; pressing again after a pass finished starts the next.</summary>
    public int Pass { get; init; } = 1;

    public InvitationState State { get; init; } = InvitationState.Counting;

    public required string ServiceUrl { get; init; }

    /// <summary>The bot's id in this tenant ("28:…"), needed to open 1:1 chats.</summary>
    public required string BotId { get; init; }

    /// <summary>The continuation token of the page being worked on; null for the first page.</summary>
    public string? PageToken { get; init; }

    /// <summary>The index, within the current page, of the next member to handle.</summary>
    public int PageIndex { get; init; }

    /// <summary>The roster's size, once counted.</summary>
    public int Total { get; init; }

    public int Invited { get; init; }

    public int Answered { get; init; }

    public int Unreachable { get; init; }

    /// <summary>
    /// The member whose invitation was under way when this was saved (written before anything is sent to them).
    /// Found still set on resume, it means the last run ended mid-invitation: see <see cref="InvitationMember"/>.
    /// </summary>
    public string? InFlightMemberId { get; init; }

    public DateTimeOffset? InFlightAt { get; init; }

    /// <summary>When the job may run again (after a Retry-After or back-off); null when it is not waiting.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>Transient failures in a row, for the back-off; zero after any progress.</summary>
    public int Failures { get; init; }

    /// <summary>Why the job last paused or stopped (a connector outcome name), for the card and the logs.</summary>
    public string? LastError { get; init; }

    /// <summary>Where the progress card lives: the conversation the admin asked in, and the card's activity id once posted.</summary>
    public string? ConversationId { get; init; }

    public string? CardActivityId { get; init; }

    public required string StartedBy { get; init; }

    public string? StartedByName { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public bool IsFinished => State is InvitationState.Done or InvitationState.Stopped;

    public int Handled => Invited + Answered + Unreachable;

    /// <summary>True while Teams asked us to wait (429) or the network failed: the card says so.</summary>
    public bool IsPaused => !IsFinished && LastError is not null;
}
