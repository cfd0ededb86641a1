namespace ConnectorBot.Intros;

/// <summary>What a click on Accept / Not now did.</summary>
public enum DecisionOutcome
{
    /// <summary>The decision was recorded; <see cref="DecisionResult.Intro"/> is the new record to store.</summary>
    Applied,

    /// <summary>The clicker is not one of the named members.</summary>
    NotNamed,

    /// <summary>The clicker had already decided; their first decision stands.</summary>
    AlreadyDecided,

    /// <summary>The intro is not open (not posted yet, or already closed).</summary>
    Closed,
}

/// <summary>The outcome of a decision and the intro as it now stands (unchanged unless Applied).</summary>
public sealed record DecisionResult(DecisionOutcome Outcome, IntroRecord Intro);
