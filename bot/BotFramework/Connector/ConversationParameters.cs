using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.BotFramework.Connector;

/// <summary>The body of POST v3/conversations.</summary>
public sealed record ConversationParameters
{
    public bool? IsGroup { get; init; }

    public ChannelAccount? Bot { get; init; }

    public IReadOnlyList<ChannelAccount>? Members { get; init; }

    public string? TopicName { get; init; }

    public string? TenantId { get; init; }

    public TeamsChannelData? ChannelData { get; init; }

    public Activity? Activity { get; init; }
}
