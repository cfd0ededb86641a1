namespace ConnectorBot.Intros.NeverList;

/// <summary>
/// One line of a member's private never list: <see cref="MemberId"/> asked never to be introduced to
/// <see cref="ExcludedId"/>. The name is kept as Teams showed it then, so the list reads in names without a roster walk.
/// </summary>
public sealed record NeverEntry
{
    public required string TenantId { get; init; }

    /// <summary>The member whose list it is (AAD object id).</summary>
    public required string MemberId { get; init; }

    /// <summary>The person they never want to be introduced to (AAD object id).</summary>
    public required string ExcludedId { get; init; }

    /// <summary>Their Teams user id ("29:…"), so "allow @name" finds the line from the mention alone.</summary>
    public string? ExcludedUserId { get; init; }

    public required string ExcludedName { get; init; }

    public DateTimeOffset AddedAt { get; init; }
}
