namespace ConnectorBot.Intros;

public enum IntroState
{
    /// <summary>Persisted by the round, not yet in the channel.</summary>
    Planned,

    /// <summary>In the channel, waiting for the named members.</summary>
    Posted,

    /// <summary>Everyone named accepted; handed to each other.</summary>
    Connected,

    /// <summary>Someone passed; closed without blame.</summary>
    Passed,

    /// <summary>Unanswered past the expiry; closed.</summary>
    Expired,
}

/// <summary>How an intro started: a team's round, or one member asking for help or offering it.</summary>
public enum IntroKind
{
    Round,

    /// <summary>A member asked "who can help me with…?" and picked this helper; the asker has accepted already.</summary>
    Ask,

    /// <summary>A member offered to help with a need from their give digest; the helper has accepted already.</summary>
    Offer,
}

/// <summary>Where the intro's card goes: the team's channel, or privately to each member who still has to answer.</summary>
public enum IntroDelivery
{
    Channel,
    Private,
}

public enum Decision
{
    Accepted,
    Passed,
}

/// <summary>How a connected pair's "did you meet?" came back.</summary>
public enum MeetingOutcome
{
    Helped,
    Met,
    NotYet,
    No,
}

/// <summary>One member named in an intro, with what they consented to share, as it was when the round ran.</summary>
public sealed record IntroParty
{
    public required string MemberId { get; init; }

    /// <summary>The Teams user id ("29:…"), for mentions and 1:1 chats.</summary>
    public required string UserId { get; init; }

    public required string Name { get; init; }

    public string? UserPrincipalName { get; init; }

    public string? Accomplish { get; init; }

    public string? ConnectWith { get; init; }

    public string? Offer { get; init; }

    public Decision? Decision { get; init; }

    public MeetingOutcome? Outcome { get; init; }

    /// <summary>
    /// The member's own 1:1 chat with the bot when it is stored (they have talked to the bot there): private cards and
    /// handoffs go to it without opening it again, which would be one more call under the tenant's rate limit.
    /// </summary>
    public string? ChatConversationId { get; init; }

    /// <summary>Set when the handoff 1:1 could not be delivered (blocked, not installed).</summary>
    public bool HandoffFailed { get; init; }

    /// <summary>The 1:1 conversation of this member's private card (private delivery only), to update it.</summary>
    public string? CardConversationId { get; init; }

    /// <summary>The private card's activity id in <see cref="CardConversationId"/>.</summary>
    public string? CardActivityId { get; init; }
}

/// <summary>A suggested introduction and everything that happened to it.</summary>
public sealed record IntroRecord
{
    public required string TenantId { get; init; }

    public required string TeamId { get; init; }

    public required string RoundId { get; init; }

    /// <summary>Unique within the team; also the idempotency key of its post.</summary>
    public required string IntroId { get; init; }

    public required IReadOnlyList<IntroParty> Parties { get; init; }

    public double Score { get; init; }

    public required string Reason { get; init; }

    public IntroState State { get; init; } = IntroState.Planned;

    public IntroKind Kind { get; init; } = IntroKind.Round;

    public IntroDelivery Delivery { get; init; } = IntroDelivery.Channel;

    public required string ServiceUrl { get; init; }

    public required string ChannelId { get; init; }

    /// <summary>The channel thread the card started (known once posted).</summary>
    public string? ConversationId { get; init; }

    /// <summary>The card's activity id, to update it for everyone.</summary>
    public string? ActivityId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PostedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public DateTimeOffset? FollowUpSentAt { get; init; }

    /// <summary>
    /// When a member named in it said "forget me": their party is anonymous, the reason gone, and the card says the intro
    /// was withdrawn. The state stays as it was, so the round's counts do not change.
    /// </summary>
    public DateTimeOffset? WithdrawnAt { get; init; }

    public IntroParty? Party(string memberId) => Parties.FirstOrDefault(p => p.MemberId == memberId);
}

/// <summary>A round of one team: its slot and what it produced.</summary>
public sealed record RoundRecord
{
    public required string TenantId { get; init; }

    public required string TeamId { get; init; }

    /// <summary>Sortable slot id (UTC, "yyyyMMddTHHmm").</summary>
    public required string RoundId { get; init; }

    public DateTimeOffset SlotAt { get; init; }

    public int Members { get; init; }

    public int Intros { get; init; }

    /// <summary>Members with a good match left waiting; first in line next round.</summary>
    public IReadOnlyList<string> FirstInLine { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }
}
