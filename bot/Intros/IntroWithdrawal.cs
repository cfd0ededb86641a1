namespace ConnectorBot.Intros;

/// <summary>
/// What "forget me" leaves of an intro that named the member: pure, so it runs inside an ETag-guarded update. The member's
/// party keeps no id, name or answers, only their meeting outcome (a round's "met" count); the reason, written from both
/// members' answers, goes. State and round stay, so the team's stats count the intro as before, without anyone's identity.
/// </summary>
public static class IntroWithdrawal
{
    /// <summary>The intro without <paramref name="memberId"/>; null when it does not name them (nothing to write).</summary>
    public static IntroRecord? Without(IntroRecord intro, string memberId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(intro);
        if (intro.Party(memberId) is null)
        {
            return null;
        }

        return intro with
        {
            Parties = [.. intro.Parties.Select(p => p.MemberId == memberId ? Anonymous(p) : p)],
            Reason = string.Empty,
            WithdrawnAt = intro.WithdrawnAt ?? now,
        };
    }

    private static IntroParty Anonymous(IntroParty party) => new()
    {
        MemberId = string.Empty,
        UserId = string.Empty,
        Name = string.Empty,
        Outcome = party.Outcome,
    };
}
