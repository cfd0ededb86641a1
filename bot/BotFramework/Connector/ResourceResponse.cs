namespace ConnectorBot.BotFramework.Connector;

/// <summary>The id the service gave a sent, replied or updated activity (keep it to update or delete later).</summary>
public sealed record ResourceResponse(string? Id);
