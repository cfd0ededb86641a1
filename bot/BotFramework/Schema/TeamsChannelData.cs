using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConnectorBot.BotFramework.Schema;

/// <summary>Teams' part of <c>channelData</c>: tenant (always), team and channel in team contexts, event type.</summary>
public sealed record TeamsChannelData
{
    public TenantInfo? Tenant { get; init; }

    public TeamInfo? Team { get; init; }

    public ChannelInfo? Channel { get; init; }

    public string? EventType { get; init; }

    public TeamsChannelDataSettings? Settings { get; init; }

    public NotificationInfo? Notification { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }
}

public sealed record TenantInfo(string? Id);

public sealed record TeamInfo
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadGroupId { get; init; }
}

public sealed record ChannelInfo
{
    public string? Id { get; init; }

    public string? Name { get; init; }
}

public sealed record TeamsChannelDataSettings
{
    public ChannelInfo? SelectedChannel { get; init; }
}

public sealed record NotificationInfo
{
    public bool? Alert { get; init; }
}
