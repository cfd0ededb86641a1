using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConnectorBot.BotFramework.Schema;

/// <summary>A user or bot on a channel. In Teams users are "29:…" and the bot "28:&lt;appId&gt;".</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadObjectId { get; init; }

    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }
}
