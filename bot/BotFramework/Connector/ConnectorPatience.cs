namespace ConnectorBot.BotFramework.Connector;

/// <summary>How long a call may hold its caller: a member waits on a turn, background work waits on no one.</summary>
public enum ConnectorPatience
{
    /// <summary>Every retry in <see cref="ConnectorOptions"/>, honouring Retry-After up to its cap.</summary>
    Background,

    /// <summary>The turn's budget: few retries with short waits (<c>Turn*</c> options); the caller handles the rest.</summary>
    Turn,
}
