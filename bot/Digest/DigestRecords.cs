using System.Security.Cryptography;
using System.Text;

namespace ConnectorBot.Digest;

/// <summary>A member's digest switch and when they last got a digest (so they get one a week, from whichever team first).</summary>
public sealed record DigestMember
{
    public required string TenantId { get; init; }

    public required string MemberId { get; init; }

    /// <summary>The member said "digest off".</summary>
    public bool Off { get; init; }

    public DateTimeOffset? LastSentAt { get; init; }

    /// <summary>The week key of the last digest ("2026-W50").</summary>
    public string? LastWeek { get; init; }

    /// <summary>A pass is building this member's digest until then (another pass leaves them alone meanwhile).</summary>
    public DateTimeOffset? ClaimedUntil { get; init; }
}

/// <summary>
/// One need shown in a member's digest, remembered so it is never shown to them again (keyed by the member in need and
/// a hash of the need's text: an edited need may come again) and so "Offer to help" can be checked against it. The need
/// itself is not copied: the click reads it from the profile, and it must still hash the same.
/// </summary>
public sealed record SentNeed
{
    public required string TenantId { get; init; }

    /// <summary>The member the digest went to (the helper).</summary>
    public required string RecipientId { get; init; }

    public required string NeederId { get; init; }

    public required string NeedHash { get; init; }

    /// <summary>The digest's week key.</summary>
    public required string Week { get; init; }

    /// <summary>A team both share: the offer's intro is kept there.</summary>
    public required string TeamId { get; init; }

    /// <summary>The member in need's Teams user id ("29:…"), for their private card.</summary>
    public required string NeederUserId { get; init; }

    public required string NeederName { get; init; }

    public string? NeederUserPrincipalName { get; init; }

    /// <summary>Why it fits the recipient's offer: one line, plain text.</summary>
    public required string Reason { get; init; }

    public double Score { get; init; }

    public DateTimeOffset SentAt { get; init; }

    /// <summary>When the recipient pressed "Offer to help", and the intro that made.</summary>
    public DateTimeOffset? OfferedAt { get; init; }

    public string? IntroId { get; init; }
}

/// <summary>The hash a need is remembered by: the same text, the same hash; a changed need, another.</summary>
public static class NeedHash
{
    public static string Of(string need)
    {
        ArgumentNullException.ThrowIfNull(need);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(need.Trim()));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 8));
    }
}
