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

    /// <summary>
    /// The longest draft kept, in UTF-16 chars: a draft is one table property, which holds 64 KiB of UTF-16
    /// (Azure Table storage's limit, enforced by the embedded store too).
    /// </summary>
    public const int MaxDraftChars = Storage.RecordJson.MaxPropertyChars;

    /// <summary>An answer too long to keep as it is, held so the member can shorten it; at most <see cref="MaxDraftChars"/>.</summary>
    public string? Draft { get; init; }

    public ProfileField? DraftField { get; init; }

    /// <summary>"forget me" was asked and awaits a yes or no.</summary>
    public bool ConfirmingForget { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
