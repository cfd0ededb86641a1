using System.Text.Json;

using ConnectorBot.BotFramework.Files;
using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.BotFramework.Turns;

/// <summary>
/// Sends each activity to the features that handle its kind: messages (first taker wins, else the
/// fallback), card actions by verb (Action.Execute invokes and Action.Submit messages alike), file consent answers by
/// the kind of file, conversation and installation updates (everyone is told). Unknown invokes get 501; unknown types are ignored.
/// </summary>
public sealed class ActivityRouter(
    IEnumerable<IMessageHandler> messageHandlers,
    IEnumerable<IConversationUpdateHandler> conversationUpdateHandlers,
    IEnumerable<IInstallationUpdateHandler> installationUpdateHandlers,
    IEnumerable<ICardActionHandler> cardActionHandlers,
    IEnumerable<IFallbackMessageHandler> fallbackHandlers,
    IEnumerable<IFileConsentHandler> fileConsentHandlers,
    ILogger<ActivityRouter> logger)
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    /// <summary>Returns the invoke response for invokes, null for every other activity.</summary>
    public async Task<InvokeResponse?> RouteAsync(TurnContext turn)
    {
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await RouteMessageAsync(turn).ConfigureAwait(false);
                return null;
            case ActivityTypes.ConversationUpdate:
                foreach (var handler in conversationUpdateHandlers)
                {
                    await handler.OnConversationUpdateAsync(turn).ConfigureAwait(false);
                }

                return null;
            case ActivityTypes.InstallationUpdate:
                foreach (var handler in installationUpdateHandlers)
                {
                    await handler.OnInstallationUpdateAsync(turn).ConfigureAwait(false);
                }

                return null;
            case ActivityTypes.Invoke:
                return await RouteInvokeAsync(turn).ConfigureAwait(false);
            default:
                logger.LogDebug("Ignoring a {Type} activity.", activity.Type);
                return null;
        }
    }

    private async Task RouteMessageAsync(TurnContext turn)
    {
        if (ReadSubmit(turn.Activity) is { } submit)
        {
            var owner = cardActionHandlers.FirstOrDefault(h => h.Handles(submit.Verb));
            if (owner is not null)
            {
                await owner.OnCardActionAsync(turn, submit).ConfigureAwait(false);
                return;
            }

            logger.LogWarning("No feature handles the card action verb {Verb}.", submit.Verb);
        }

        foreach (var handler in messageHandlers)
        {
            if (await handler.TryHandleMessageAsync(turn).ConfigureAwait(false))
            {
                return;
            }
        }

        foreach (var fallback in fallbackHandlers)
        {
            await fallback.OnUnhandledMessageAsync(turn).ConfigureAwait(false);
        }
    }

    private async Task<InvokeResponse> RouteInvokeAsync(TurnContext turn)
    {
        if (turn.Activity.Name == FileConsentAnswer.InvokeName)
        {
            return await RouteFileConsentAsync(turn).ConfigureAwait(false);
        }

        if (turn.Activity.Name != AdaptiveCardActionInvoke)
        {
            logger.LogInformation("Answering 501 to the unhandled invoke {Name}.", turn.Activity.Name);
            return InvokeResponse.NotImplemented;
        }

        if (ReadExecute(turn.Activity) is not { } action)
        {
            return InvokeResponse.Error(400, "BadRequest", "This card action is missing its verb.");
        }

        var owner = cardActionHandlers.FirstOrDefault(h => h.Handles(action.Verb));
        if (owner is null)
        {
            logger.LogWarning("No feature handles the card action verb {Verb}.", action.Verb);
            return InvokeResponse.Error(400, "UnknownAction", "This card's button is no longer supported.");
        }

        return await owner.OnCardActionAsync(turn, action).ConfigureAwait(false);
    }

    private async Task<InvokeResponse> RouteFileConsentAsync(TurnContext turn)
    {
        if (FileConsentAnswer.Read(turn.Activity) is not { } answer)
        {
            logger.LogWarning("A file consent answer without an action or a kind of file: answering 400.");
            return new InvokeResponse(400);
        }

        var owner = fileConsentHandlers.FirstOrDefault(h => h.Handles(answer.Kind));
        if (owner is null)
        {
            logger.LogWarning("No feature handles file consent answers for the kind {Kind}.", answer.Kind);
            return new InvokeResponse(400);
        }

        return await owner.OnFileConsentAsync(turn, answer).ConfigureAwait(false);
    }

    // Action.Execute: value = { action: { type, verb, data }, trigger }.
    private static CardAction? ReadExecute(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("verb", out var verb) || verb.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var data = action.TryGetProperty("data", out var d) ? d.Clone() : default;
        return new CardAction(verb.GetString()!, data, IsExecute: true);
    }

    // Action.Submit fallback: a message whose value is the card's data, which names its verb.
    private static CardAction? ReadSubmit(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty(CardAction.VerbField, out var verb) && verb.ValueKind == JsonValueKind.String
            ? new CardAction(verb.GetString()!, value.Clone(), IsExecute: false)
            : null;
}
