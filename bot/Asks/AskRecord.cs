namespace ConnectorBot.Asks;

/// <summary>
/// A member's "who can help me with…?" and the colleagues it found, kept so a pick can be checked against what was
/// offered (a tampered card cannot ask anyone else) and so the asker can pick the next one after a "Not now".
/// </summary>
public sealed record AskRecord
{
    public required string TenantId { get; init; }

    public required string AskerId { get; init; }

    /// <summary>Sortable (UTC time first), unique per asker.</summary>
    public required string AskId { get; init; }

    /// <summary>The need as the member typed it: member data, never logged above Debug.</summary>
    public required string Need { get; init; }

    public IReadOnlyList<AskCandidate> Candidates { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>One colleague an ask found, with the team both share (the asked intro is kept there) and why.</summary>
public sealed record AskCandidate
{
    public required string MemberId { get; init; }

    /// <summary>The Teams user id ("29:…"), for the private question.</summary>
    public required string UserId { get; init; }

    public required string Name { get; init; }

    public string? UserPrincipalName { get; init; }

    public required string TeamId { get; init; }

    /// <summary>One line naming them and quoting their own words.</summary>
    public required string Reason { get; init; }

    public double Score { get; init; }

    /// <summary>When the asker picked them (they were asked privately).</summary>
    public DateTimeOffset? PickedAt { get; init; }

    /// <summary>The intro the pick made, to find its state.</summary>
    public string? IntroId { get; init; }
}
