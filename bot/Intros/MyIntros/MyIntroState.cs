namespace ConnectorBot.Intros.MyIntros;

/// <summary>Where an intro stands, as the member it names sees it (never saying who else passed).</summary>
public enum MyIntroState
{
    /// <summary>Made by a round, not yet in the channel.</summary>
    OnItsWay,

    WaitingForYou,

    /// <summary>The member accepted; the others have not yet.</summary>
    WaitingForOthers,

    Connected,

    /// <summary>The member passed.</summary>
    YouPassed,

    /// <summary>Someone else passed: closed, without blame.</summary>
    Closed,

    Expired,

    /// <summary>Someone named in it asked to be forgotten.</summary>
    Withdrawn,
}

public static class MyIntroStates
{
    public static MyIntroState Of(IntroRecord intro, string memberId)
    {
        ArgumentNullException.ThrowIfNull(intro);
        var mine = intro.Party(memberId);
        if (intro.WithdrawnAt is not null)
        {
            return MyIntroState.Withdrawn;
        }

        if (intro.State == IntroState.Connected)
        {
            return MyIntroState.Connected;
        }

        if (mine?.Decision == Decision.Passed)
        {
            return MyIntroState.YouPassed;
        }

        if (intro.State == IntroState.Passed || intro.Parties.Any(p => p.Decision == Decision.Passed))
        {
            return MyIntroState.Closed;
        }

        return intro.State switch
        {
            IntroState.Expired => MyIntroState.Expired,
            IntroState.Planned => MyIntroState.OnItsWay,
            _ => mine?.Decision == Decision.Accepted ? MyIntroState.WaitingForOthers : MyIntroState.WaitingForYou,
        };
    }
}
