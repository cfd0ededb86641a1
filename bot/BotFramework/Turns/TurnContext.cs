using System.Text.Json;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Replies;
using ConnectorBot.BotFramework.Routing;
using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.BotFramework.Turns;

/// <summary>
/// One inbound activity and the means to answer it. Replies go through <see cref="TurnReplies"/>: sent while the member
/// waits, or queued in the reply outbox when Teams cannot take them now, so none is lost.
/// </summary>
public sealed class TurnContext(Activity activity, IConnectorClient connector, TurnReplies replies, CancellationToken cancellationToken)
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

    /// <summary>A message's text as its scope's reader read it, once, before routing; null when it is no command (or no message).</summary>
    public TurnCommand? Command { get; internal set; }

    /// <summary>Which route of the table took the turn (<see cref="Telemetry.RouteNames"/>), named by the router for telemetry.</summary>
    public string? Route { get; internal set; }

    /// <summary>The connector with a turn's budget (<see cref="IConnectorClient.InTurn"/>), for reads and creates; replies go through <see cref="SendAsync"/>.</summary>
    public IConnectorClient Connector { get; } = connector.InTurn;

    public TurnReplies Replies { get; } = replies;

    /// <summary>Sends into this turn's conversation; returns the new activity's id when it was sent now and the channel gave one (null when queued).</summary>
    public Task<string?> SendAsync(Activity reply) => SendToAsync(Activity.ServiceUrl, Activity.Conversation!.Id!, reply);

    /// <summary>Sends into another conversation (a team's channel, a member's 1:1 chat) on the same terms as <see cref="SendAsync"/>.</summary>
    public Task<string?> SendToAsync(string? serviceUrl, string conversationId, Activity message) => Replies.SendAsync(serviceUrl, conversationId, message);

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
