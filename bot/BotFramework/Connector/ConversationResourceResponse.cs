namespace ConnectorBot.BotFramework.Connector;

/// <summary>A created conversation: its id, the id of the first activity (a channel thread's root) and where to send next.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
