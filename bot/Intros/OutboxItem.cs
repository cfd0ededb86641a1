namespace ConnectorBot.Intros;

public enum OutboxKind
{
    PostIntro,
    UpdateCard,
    Handoff,
    FollowUp,

    /// <summary>A privately delivered intro's card, to one member (<see cref="OutboxItem.MemberId"/>).</summary>
    PrivateCard,

    /// <summary>To the member who asked for or offered help, when the other said no: a kind note.</summary>
    DeclinedNote,

    /// <summary>
    /// To a member a round left first in line: a short note that they are. About a round, not an intro: the item's
    /// <see cref="OutboxItem.IntroId"/> holds the round's id. Sent after everything else the outbox holds.
    /// </summary>
    WaitingNote,
}

/// <summary>
/// One message the bot owes Teams. The key is the caller's idempotency key (e.g. "post|&lt;introId&gt;"),
/// so queueing the same send twice keeps one item and a restart resumes rather than repeats.
/// </summary>
public sealed record OutboxItem
{
    public required string TenantId { get; init; }

    public required string TeamId { get; init; }

    public required string Key { get; init; }

    public required OutboxKind Kind { get; init; }

    /// <summary>The intro the item is about; for an item about a round (<see cref="OutboxKind.WaitingNote"/>), the round's id.</summary>
    public required string IntroId { get; init; }

    public string? MemberId { get; init; }

    public int Attempts { get; init; }

    /// <summary>Not to be sent before this (Retry-After, back-off); null = now.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    public bool Done { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Why the last attempt failed (status and error code only: never message content).</summary>
    public string? LastError { get; init; }

    /// <summary>An item about one intro (and, for 1:1 sends, one of its members).</summary>
    public static OutboxItem For(IntroRecord intro, OutboxKind kind, string key, DateTimeOffset now, string? memberId = null) => new()
    {
        TenantId = intro.TenantId,
        TeamId = intro.TeamId,
        Key = key,
        Kind = kind,
        IntroId = intro.IntroId,
        MemberId = memberId,
        CreatedAt = now,
    };

    /// <summary>
    /// An item about a round, to one member. The round's id goes where an intro's would (the column every reader has),
    /// so the table, its readers and its telemetry stay as they are; only the sender tells the kinds apart.
    /// </summary>
    public static OutboxItem ForRound(string tenantId, string teamId, string roundId, OutboxKind kind, string key, DateTimeOffset now, string memberId) => new()
    {
        TenantId = tenantId,
        TeamId = teamId,
        Key = key,
        Kind = kind,
        IntroId = roundId,
        MemberId = memberId,
        CreatedAt = now,
    };
}
