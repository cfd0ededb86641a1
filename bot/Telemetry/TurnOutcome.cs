namespace ConnectorBot.Telemetry;

/// <summary>How a turn ended, as the <c>connectorbot.outcome</c> of its span and metrics.</summary>
public enum TurnOutcome
{
    /// <summary>Not told otherwise: the request was cancelled (the caller went away) before the turn ended.</summary>
    Cancelled,

    /// <summary>Routed and done (its replies sent or queued).</summary>
    Answered,

    /// <summary>A redelivery of an activity already processed: nothing done.</summary>
    Duplicate,

    /// <summary>Refused: the activity names no tenant.</summary>
    NoTenant,

    /// <summary>Refused: the activity is malformed (<c>ActivityShape</c>).</summary>
    Malformed,

    /// <summary>The connector could not be reached, or the conversation is gone: no answer was possible.</summary>
    ConnectorUnavailable,

    /// <summary>A connector call failed for a passing reason (throttled, busy): the member was told to try again.</summary>
    ConnectorBusy,

    /// <summary>A bug or an unexpected failure: the member got an apology and the request a 500.</summary>
    Failed,
}
