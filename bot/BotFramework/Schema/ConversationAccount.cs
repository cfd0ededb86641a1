using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConnectorBot.BotFramework.Schema;

/// <summary>A conversation: personal, groupChat or channel (a channel thread's id ends in ";messageid=…").</summary>
public sealed record ConversationAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    public bool? IsGroup { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }
}
