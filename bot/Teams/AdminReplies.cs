using System.Text.Json;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Teams;

/// <summary>
/// Answers an admin's button with a card. Action.Execute: the card replaces the pressed one for that admin alone.
/// The Action.Submit fallback has no such answer, so the card is sent: into the channel, or, when it is for the admin's
/// eyes only, into their 1:1 chat with the bot.
/// </summary>
public sealed class AdminReplies(ILogger<AdminReplies> logger)
{
    public async Task<InvokeResponse> CardAsync(AdminTurn admin, CardAction action, JsonElement card, bool privateToAdmin = false, string? summary = null)
    {
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(action);
        if (action.IsExecute)
        {
            return InvokeResponse.Card(card);
        }

        var turn = admin.Turn;
        if (!privateToAdmin || turn.IsPersonal)
        {
            await turn.SendCardAsync(card, summary);
            return InvokeResponse.Message(string.Empty);
        }

        var botId = admin.Team.BotId ?? turn.Activity.Recipient?.Id;
        if (botId is null)
        {
            logger.LogWarning("No bot id for team {TeamId}: cannot open a 1:1 with the admin.", admin.Team.TeamId);
            return InvokeResponse.Message(string.Empty);
        }

        var chat = await turn.Connector.CreatePersonalConversationAsync(turn.Activity.ServiceUrl, botId, admin.ActorUserId, admin.Team.TenantId, admin.CancellationToken);
        await turn.SendToAsync(chat.ServiceUrl ?? turn.Activity.ServiceUrl, chat.Id!, CardMessage(card, summary));
        return InvokeResponse.Message(string.Empty);
    }

    /// <summary>A card for the admin's eyes only, into their 1:1 chat with the bot, outside any turn (work that outlasted the admin's wait).</summary>
    public async Task SendPrivatelyAsync(IConnectorClient connector, TeamSettings team, string botId, string adminUserId, JsonElement card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(team);
        var chat = await connector.CreatePersonalConversationAsync(team.ServiceUrl, botId, adminUserId, team.TenantId, cancellationToken);
        await connector.SendToConversationAsync(chat.ServiceUrl ?? team.ServiceUrl, chat.Id!, CardMessage(card, null), cancellationToken);
    }

    private static Activity CardMessage(JsonElement card, string? summary) => new()
    {
        Type = ActivityTypes.Message,
        Summary = summary,
        Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card }],
    };
}
