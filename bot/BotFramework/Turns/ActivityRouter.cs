using System.Text.Json;

using ConnectorBot.BotFramework.Files;
using ConnectorBot.BotFramework.Routing;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Telemetry;

namespace ConnectorBot.BotFramework.Turns;

/// <summary>
/// Sends each activity to its one route in the <see cref="RouteTable"/>: card actions by verb (Action.Execute invokes
/// and Action.Submit messages alike), messages by their scope's command (read once, kept on the turn) or else the
/// scope's answer to other messages, file consent answers by the kind of file, conversation and installation updates
/// by their named <see cref="LifecycleEvent"/>. Unknown invokes get 501; unknown types and unrouted events are ignored.
/// </summary>
public sealed class ActivityRouter(RouteTable routes, IServiceProvider services, ILogger<ActivityRouter> logger)
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    /// <summary>Returns the invoke response for invokes, null for every other activity.</summary>
    public async Task<InvokeResponse?> RouteAsync(TurnContext turn)
    {
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await RouteMessageAsync(turn);
                return null;
            case ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate:
                await RouteLifecycleAsync(turn);
                return null;
            case ActivityTypes.Invoke:
                return await RouteInvokeAsync(turn);
            default:
                logger.LogDebug("Ignoring a {Type} activity.", activity.Type);
                return null;
        }
    }

    /// <summary>Where a message was typed.</summary>
    public static ChatScope ScopeOf(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.IsPersonal ? ChatScope.Personal
            : turn.Teams?.Team?.Id is not null ? ChatScope.TeamChannel
            : ChatScope.GroupChat;
    }

    private async Task RouteMessageAsync(TurnContext turn)
    {
        if (ReadSubmit(turn.Activity) is { } submit)
        {
            if (routes.Verb(submit.Verb) is { } route)
            {
                turn.Route = RouteNames.Verb(submit.Verb);
                await route(services, turn, submit);
                return;
            }

            logger.LogWarning("No feature handles the card action verb {Verb}.", submit.Verb);

            // A stale button of a known feature: nothing to show on a message, and its data is no text to answer.
            if (routes.UnknownVerbAnswer(submit.Verb) is not null)
            {
                turn.Route = RouteNames.UnknownVerb;
                return;
            }
        }

        var scope = ScopeOf(turn);
        var command = routes.ReadCommand(scope, turn.Text);
        turn.Command = command;
        var commandRoute = command is null ? null : routes.Command(scope, command.Name);
        var otherRoute = commandRoute is null ? routes.OtherMessage(scope) : null;
        var handler = commandRoute ?? otherRoute ?? routes.UnhandledMessage;
        turn.Route = commandRoute is not null ? RouteNames.Command(scope, command!.Name) : otherRoute is not null ? RouteNames.OtherMessage(scope) : RouteNames.Unhandled;
        if (handler is not null)
        {
            await handler(services, turn);
        }
    }

    private async Task RouteLifecycleAsync(TurnContext turn)
    {
        foreach (var lifecycle in LifecycleEvent.Of(turn.Activity))
        {
            if (routes.Lifecycle(lifecycle.Kind) is { } route)
            {
                turn.Route = RouteNames.Lifecycle(lifecycle.Kind);
                await route(services, turn, lifecycle);
            }
            else
            {
                logger.LogDebug("No feature acts on {Kind}.", lifecycle.Kind);
            }
        }
    }

    private async Task<InvokeResponse> RouteInvokeAsync(TurnContext turn)
    {
        if (turn.Activity.Name == FileConsentAnswer.InvokeName)
        {
            return await RouteFileConsentAsync(turn);
        }

        if (turn.Activity.Name != AdaptiveCardActionInvoke)
        {
            turn.Route = RouteNames.UnknownInvoke;
            logger.LogInformation("Answering 501 to the unhandled invoke {Name}.", turn.Activity.Name);
            return InvokeResponse.NotImplemented;
        }

        if (ReadExecute(turn.Activity) is not { } action)
        {
            return InvokeResponse.Error(400, "BadRequest", "This card action is missing its verb.");
        }

        if (routes.Verb(action.Verb) is not { } route)
        {
            logger.LogWarning("No feature handles the card action verb {Verb}.", action.Verb);
            turn.Route = RouteNames.UnknownVerb;
            return InvokeResponse.Error(400, "UnknownAction", routes.UnknownVerbAnswer(action.Verb) ?? TurnStrings.UnknownButton);
        }

        turn.Route = RouteNames.Verb(action.Verb);
        return await route(services, turn, action);
    }

    private async Task<InvokeResponse> RouteFileConsentAsync(TurnContext turn)
    {
        if (FileConsentAnswer.Read(turn.Activity) is not { } answer)
        {
            logger.LogWarning("A file consent answer without an action or a kind of file: answering 400.");
            return new InvokeResponse(400);
        }

        if (routes.FileConsent(answer.Kind) is not { } route)
        {
            logger.LogWarning("No feature handles file consent answers for the kind {Kind}.", answer.Kind);
            return new InvokeResponse(400);
        }

        turn.Route = RouteNames.FileConsent(answer.Kind);
        return await route(services, turn, answer);
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
