namespace ConnectorBot.BotFramework.Connector;

/// <summary>GET v3/teams/{teamId}. <see cref="AadGroupId"/> is the Microsoft Graph group id.</summary>
public sealed record TeamDetails(string? Id, string? Name, string? AadGroupId);
