using System.Text.Json;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.BotFramework.Turns;

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
        var message = new Activity
        {
            Type = ActivityTypes.Message,
            Summary = summary,
            Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card }],
        };
        await turn.SendToAsync(chat.ServiceUrl ?? turn.Activity.ServiceUrl, chat.Id!, message);
        return InvokeResponse.Message(string.Empty);
    }
}
