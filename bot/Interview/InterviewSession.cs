namespace ConnectorBot.Interview;

/// <summary>Where a member is in the personal-chat conversation; stored, so it survives restarts and long pauses.</summary>
public sealed record InterviewSession
{
    public required string TenantId { get; init; }

    public required string MemberId { get; init; }

    /// <summary>The question awaiting an answer, if any.</summary>
    public ProfileField? Awaiting { get; init; }

    /// <summary>True when only <see cref="Awaiting"/> is being edited (then back to the summary), false in the first run-through.</summary>
    public bool EditingOne { get; init; }

    /// <summary>An answer too long to keep as it is, held so nothing typed is lost.</summary>
    public string? Draft { get; init; }

    public ProfileField? DraftField { get; init; }

    /// <summary>"forget me" was asked and awaits a yes or no.</summary>
    public bool ConfirmingForget { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
