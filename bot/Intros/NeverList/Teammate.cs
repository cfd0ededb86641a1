namespace ConnectorBot.Intros.NeverList;

/// <summary>Someone on a team roster the member is also on: their AAD object id, Teams user id and display name.</summary>
public sealed record Teammate(string MemberId, string UserId, string Name);

/// <summary>How a typed name matched the member's teammates.</summary>
public enum NameMatch
{
    One,
    Several,
    None,
}

/// <summary>The member's teammates across the tenant's teams; <see cref="Complete"/> is false when a roster could not be read.</summary>
public sealed record TeammateList(IReadOnlyList<Teammate> People, bool Complete)
{
    /// <summary>The teammate a mention names, by Teams user id (or AAD id when the mention carries one).</summary>
    public Teammate? Mentioned(string userId, string? aadObjectId) =>
        People.FirstOrDefault(p => p.UserId == userId || (aadObjectId is not null && p.MemberId == aadObjectId));

    /// <summary>A typed display name: exact first, then ignoring case; two people of that name are never guessed between.</summary>
    public (NameMatch Match, Teammate? Person) Named(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        foreach (var comparison in new[] { StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase })
        {
            var found = People.Where(p => string.Equals(p.Name.Trim(), typed.Trim(), comparison)).Take(2).ToList();
            if (found.Count > 0)
            {
                return found.Count == 1 ? (NameMatch.One, found[0]) : (NameMatch.Several, null);
            }
        }

        return (NameMatch.None, null);
    }
}
