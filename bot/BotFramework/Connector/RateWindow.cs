namespace ConnectorBot.BotFramework.Connector;

/// <summary>At most <see cref="Limit"/> requests in any span of <see cref="Period"/>.</summary>
public sealed record RateWindow(int Limit, TimeSpan Period);
