namespace ConnectorBot.Intros;

/// <summary>When an open intro has waited long enough to close, and when a connection is due its "did you meet?".</summary>
public static class IntroExpiry
{
    /// <summary>A posted intro still waiting for someone <paramref name="expiryDays"/> days after it was posted.</summary>
    public static bool IsDue(IntroRecord intro, int expiryDays, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(intro);
        return intro.State == IntroState.Posted
            && intro.PostedAt is { } posted
            && now >= posted.AddDays(expiryDays);
    }

    /// <summary>A connected intro, not yet followed up, <paramref name="followUpDays"/> days after it connected.</summary>
    public static bool FollowUpDue(IntroRecord intro, int followUpDays, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(intro);
        return intro.State == IntroState.Connected
            && intro.FollowUpSentAt is null
            && intro.ClosedAt is { } connected
            && now >= connected.AddDays(followUpDays);
    }
}
