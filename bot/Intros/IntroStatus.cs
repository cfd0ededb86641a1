namespace ConnectorBot.Intros;

/// <summary>What the channel card shows, derived only from the record so every update renders the same way.</summary>
public enum IntroStatus
{
    /// <summary>Nobody has answered: both buttons.</summary>
    Open,

    /// <summary>Some accepted: "A accepted — waiting for B", buttons stay for the rest.</summary>
    Waiting,

    Connected,

    /// <summary>Someone passed; shown without saying who.</summary>
    Closed,

    Expired,
}

public static class IntroStatuses
{
    public static IntroStatus Of(IntroRecord intro)
    {
        // A pass wins over everything but a connection, so the card never hints at who declined.
        if (intro.State == IntroState.Connected)
        {
            return IntroStatus.Connected;
        }

        if (intro.State == IntroState.Passed || intro.Parties.Any(p => p.Decision == Decision.Passed))
        {
            return IntroStatus.Closed;
        }

        if (intro.State == IntroState.Expired)
        {
            return IntroStatus.Expired;
        }

        // Planned renders like Posted: the card is built before it is sent.
        var accepted = intro.Parties.Count(p => p.Decision == Decision.Accepted);
        return accepted == 0 ? IntroStatus.Open
            : accepted == intro.Parties.Count ? IntroStatus.Connected
            : IntroStatus.Waiting;
    }
}
