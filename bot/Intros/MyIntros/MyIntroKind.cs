namespace ConnectorBot.Intros.MyIntros;

/// <summary>How an intro came about, for its label in "my intros".</summary>
public enum MyIntroKind
{
    /// <summary>Suggested by a team's round and posted in its intro channel.</summary>
    Round,
}

public static class MyIntroKinds
{
    /// <summary>
    /// Every intro is a round's today. Asks (1:1 intros a member starts) will be IntroRecords too: once the record says
    /// which it is, read it here and give the new kind its label in <see cref="MyIntrosStrings.Kind"/>.
    /// </summary>
    public static MyIntroKind Of(IntroRecord intro)
    {
        ArgumentNullException.ThrowIfNull(intro);
        return MyIntroKind.Round;
    }
}
