namespace ConnectorBot.Intros.MyIntros;

/// <summary>How an intro came about, seen from the member reading "my intros".</summary>
public enum MyIntroKind
{
    /// <summary>Suggested by a team's round and posted in its intro channel.</summary>
    Round,

    /// <summary>Suggested by a team's round beyond the channel's limit: sent to the two people privately.</summary>
    RoundPrivate,

    /// <summary>The member asked who could help and picked the other.</summary>
    YouAsked,

    /// <summary>Someone asked for the member's help.</summary>
    AskedYou,

    /// <summary>The member offered help from their give digest.</summary>
    YouOffered,

    /// <summary>Someone offered the member help.</summary>
    OfferedYou,
}

public static class MyIntroKinds
{
    /// <summary>The kind as <paramref name="memberId"/> sees it: who started an ask or an offer decides its label.</summary>
    public static MyIntroKind Of(IntroRecord intro, string memberId)
    {
        ArgumentNullException.ThrowIfNull(intro);

        // The one who asked or offered is the first party, accepted from the start.
        var started = intro.Parties.Count > 0 && intro.Parties[0].MemberId == memberId;
        return intro.Kind switch
        {
            IntroKind.Ask => started ? MyIntroKind.YouAsked : MyIntroKind.AskedYou,
            IntroKind.Offer => started ? MyIntroKind.YouOffered : MyIntroKind.OfferedYou,
            _ => intro.Delivery == IntroDelivery.Private ? MyIntroKind.RoundPrivate : MyIntroKind.Round,
        };
    }
}
