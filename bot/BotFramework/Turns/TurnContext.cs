using System.Text.Json;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.BotFramework.Turns;

/// <summary>One inbound activity and the means to answer it in its conversation.</summary>
public sealed class TurnContext(Activity activity, IConnectorClient connector, CancellationToken cancellationToken)
{
    private TeamsChannelData? _teams;

    public Activity Activity { get; } = activity;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public TeamsChannelData? Teams => _teams ??= Activity.GetTeamsChannelData();

    /// <summary>Every handler runs inside one tenant; the router refuses activities without one.</summary>
    public string TenantId => Activity.GetTenantId() ?? throw new InvalidOperationException("The activity names no tenant.");

    public bool IsPersonal => Activity.Conversation?.ConversationType is null or "personal";

    /// <summary>The sender's text without @mentions, for command parsing.</summary>
    public string Text => Activity.GetTextWithoutMentions();

    public IConnectorClient Connector { get; } = connector;

    /// <summary>Sends into this turn's conversation; returns the new activity's id when the channel gives one.</summary>
    public async Task<string?> SendAsync(Activity reply) =>
        (await Connector.SendToConversationAsync(Activity.ServiceUrl, Activity.Conversation!.Id!, reply, CancellationToken).ConfigureAwait(false)).Id;

    public Task<string?> SendTextAsync(string text, string textFormat = "markdown") =>
        SendAsync(Activity.CreateReply(text) with { TextFormat = textFormat, ReplyToId = null });

    /// <summary>Sends an Adaptive Card on its own (Teams splits text and card anyway, losing the id needed for updates).</summary>
    public Task<string?> SendCardAsync(JsonElement card, string? summary = null) =>
        SendAsync(Activity.CreateReply() with
        {
            ReplyToId = null,
            Summary = summary,
            Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card }],
        });

    public Task UpdateAsync(string activityId, Activity replacement) =>
        Connector.UpdateActivityAsync(Activity.ServiceUrl, Activity.Conversation!.Id!, activityId, replacement with { Id = activityId }, CancellationToken);
}
