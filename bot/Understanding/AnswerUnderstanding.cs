using System.Security.Cryptography;
using System.Text;

namespace ConnectorBot.Understanding;

/// <summary>
/// How one of a member's answers was understood, as stored: the generated part (<see cref="Plain"/>, <see cref="Words"/>,
/// from <see cref="Source"/> at <see cref="Version"/>, of the answer whose hash is <see cref="AnswerHash"/>) and the
/// member's own part (<see cref="MemberWords"/>, <see cref="Rejected"/>), which no re-generation overwrites. Answers and
/// understandings are personal data: never logged above Debug.
/// </summary>
public sealed record AnswerUnderstanding
{
    public required string TenantId { get; init; }

    public required string MemberId { get; init; }

    public required AnswerKind Kind { get; init; }

    /// <summary>SHA-256 (lowercase hex) of the answer the generated part was made of (<see cref="HashOf"/>).</summary>
    public required string AnswerHash { get; init; }

    /// <summary>The answer in plain English (equal to the answer when it already was); empty until generated.</summary>
    public string Plain { get; init; } = string.Empty;

    /// <summary>Everyday words and related skills or roles, generated.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>Where the generated part came from ("lexicon", "azure-openai"); empty until generated.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>The prompt or algorithm version of the generated part; empty until generated.</summary>
    public string Version { get; init; } = string.Empty;

    /// <summary>What the member added with "Add words": read first, kept when the answer or the understanding changes.</summary>
    public IReadOnlyList<string> MemberWords { get; init; } = [];

    /// <summary>The member said "That's not it": the generated part is not used (their own words still are) until the answer changes.</summary>
    public bool Rejected { get; init; }

    /// <summary>Whether the member has been sent this understanding of this answer (at most one message per change).</summary>
    public bool PlayedBack { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Whether a source has made the generated part (a row may hold only the member's words so far).</summary>
    public bool IsGenerated => Version.Length > 0;

    /// <summary>Whether the generated part was made of <paramref name="answer"/> as it is now.</summary>
    public bool IsOf(string? answer) => answer is not null && string.Equals(AnswerHash, HashOf(answer), StringComparison.Ordinal);

    /// <summary>SHA-256 (lowercase hex) of the answer's UTF-8 text: rows hold no copy of the answer to compare with.</summary>
    public static string HashOf(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(answer)));
    }
}
