using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConnectorBot.BotFramework.Schema;

/// <summary>A Bot Framework activity. Unknown fields are kept in <see cref="Properties"/>; unknown types are not an error.</summary>
public sealed record Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public DateTimeOffset? LocalTimestamp { get; init; }

    public string? LocalTimezone { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? ReplyToId { get; init; }

    public string? Text { get; init; }

    public string? TextFormat { get; init; }

    public string? Locale { get; init; }

    public string? Summary { get; init; }

    public string? Name { get; init; }

    public string? Action { get; init; }

    public JsonElement? Value { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary>From the wire: a list may hold null entries (<c>"entities": [null]</c>) whatever a channel should send.</summary>
    public IReadOnlyList<Entity?>? Entities { get; init; }

    public JsonElement? ChannelData { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }

    /// <summary>Teams' channelData, or null when absent or not an object (other channels send other shapes).</summary>
    public TeamsChannelData? GetTeamsChannelData()
    {
        if (ChannelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        try
        {
            return data.Deserialize<TeamsChannelData>(BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The tenant: Teams' channelData first, then the conversation's tenant id.</summary>
    public string? GetTenantId() => GetTeamsChannelData()?.Tenant?.Id ?? Conversation?.TenantId;

    /// <summary>The text without the mentions its entities name (the literal "&lt;at&gt;Name&lt;/at&gt;"), trimmed.</summary>
    public string GetTextWithoutMentions()
    {
        var text = Text ?? string.Empty;
        foreach (var mention in Entities?.OfType<Entity>().Where(e => e.Type == Entity.MentionType && !string.IsNullOrEmpty(e.Text)) ?? [])
        {
            text = text.Replace(mention.Text!, string.Empty, StringComparison.Ordinal);
        }

        // Only the ends are trimmed: line breaks inside an answer are the member's and stay.
        return text.Trim();
    }

    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };

    /// <summary>A reply in the same conversation, from the bot to the sender.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        From = Recipient,
        Recipient = From,
        Conversation = Conversation,
        ReplyToId = Id,
        Text = text,
        Locale = Locale,
    };
}
