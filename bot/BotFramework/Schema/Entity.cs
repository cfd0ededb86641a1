using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConnectorBot.BotFramework.Schema;

/// <summary>An entity on an activity; mentions carry <see cref="Mentioned"/> and the literal <see cref="Text"/> "&lt;at&gt;Name&lt;/at&gt;".</summary>
public sealed record Entity
{
    public const string MentionType = "mention";

    public string? Type { get; init; }

    public ChannelAccount? Mentioned { get; init; }

    public string? Text { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }
}
