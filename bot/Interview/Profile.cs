namespace ConnectorBot.Interview;

/// <summary>A member's answers and choices. Answers are personal data: never logged above Debug.</summary>
public sealed record Profile
{
    public required string TenantId { get; init; }

    /// <summary>The member's AAD object id (their Teams user id where a channel gives none).</summary>
    public required string MemberId { get; init; }

    public string? Name { get; init; }

    /// <summary>"What are you hoping to accomplish?"</summary>
    public string? Accomplish { get; init; }

    /// <summary>"Who can I connect you with to make that happen?"</summary>
    public string? ConnectWith { get; init; }

    /// <summary>"What could you help others with?" (skippable).</summary>
    public string? Offer { get; init; }

    public bool OfferSkipped { get; init; }

    /// <summary>Null until asked; only true lets the member appear in channel intros.</summary>
    public bool? Consent { get; init; }

    public DateTimeOffset? ConsentChangedAt { get; init; }

    /// <summary>Set while the member takes a break; <see cref="DateTimeOffset.MaxValue"/> means until they resume.</summary>
    public DateTimeOffset? PausedUntil { get; init; }

    public string? Locale { get; init; }

    public string? TimeZone { get; init; }

    /// <summary>Where to reach the member in personal chat later (proactive messages).</summary>
    public PersonalChat? Chat { get; init; }

    /// <summary>When the answers were last given or confirmed as still true (stale-answer nudges).</summary>
    public DateTimeOffset? AnsweredAt { get; init; }

    public DateTimeOffset? NudgedAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public bool IsComplete => !string.IsNullOrEmpty(Accomplish) && !string.IsNullOrEmpty(ConnectWith) && (OfferSkipped || !string.IsNullOrEmpty(Offer));

    public bool IsPausedAt(DateTimeOffset now) => PausedUntil is { } until && until > now;

    public string? Answer(ProfileField field) => field switch
    {
        ProfileField.Accomplish => Accomplish,
        ProfileField.ConnectWith => ConnectWith,
        ProfileField.Offer => Offer,
        _ => null,
    };

    public Profile WithAnswer(ProfileField field, string? answer) => field switch
    {
        ProfileField.Accomplish => this with { Accomplish = answer },
        ProfileField.ConnectWith => this with { ConnectWith = answer },
        ProfileField.Offer => this with { Offer = answer, OfferSkipped = answer is null },
        _ => this,
    };
}

/// <summary>The three questions' answers.</summary>
public enum ProfileField
{
    Accomplish,
    ConnectWith,
    Offer,
}

/// <summary>A conversation reference, reduced to what a proactive 1:1 message needs.</summary>
public sealed record PersonalChat(string ServiceUrl, string ConversationId, string UserId, string? BotId)
{
    /// <summary>Whether the chat was stored from <paramref name="serviceUrl"/>: a chat is reached only through the endpoint it came from.</summary>
    public bool CameFrom(string serviceUrl) => string.Equals(ServiceUrl.TrimEnd('/'), serviceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
