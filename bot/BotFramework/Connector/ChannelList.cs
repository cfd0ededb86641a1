using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.BotFramework.Connector;

/// <summary>GET v3/teams/{teamId}/conversations. The General channel's name is null and its id is the team id.</summary>
public sealed record ChannelList(IReadOnlyList<ChannelInfo>? Conversations);
