using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.BotFramework.Turns;

/// <summary>
/// Runs one authenticated activity as a turn: tenant check, once-only processing, routing, and on
/// failure a logged error (with ids, never the member's text), an apology, and a marker released for redelivery.
/// </summary>
public sealed class TurnProcessor(
    ActivityRouter router,
    ActivityDeduplicator deduplicator,
    IConnectorClient connector,
    [FromKeyedServices(ConnectorRegistration.AnonymousKey)] IConnectorClient anonymousConnector,
    ILogger<TurnProcessor> logger)
{
    /// <param name="authenticated">False for a turn the development switch let in without a token: its replies carry none.</param>
    public async Task<InvokeResponse?> ProcessAsync(Activity activity, bool authenticated, CancellationToken cancellationToken)
    {
        var tenantId = activity.GetTenantId();
        if (string.IsNullOrEmpty(tenantId))
        {
            // Every record is partitioned by tenant: an activity without one cannot be served safely.
            logger.LogWarning("Ignoring a {Type} activity {ActivityId} on {ChannelId} that names no tenant.", activity.Type, activity.Id, activity.ChannelId);
            return activity.Type == ActivityTypes.Invoke ? new InvokeResponse(400) : null;
        }

        if (!await deduplicator.TryBeginAsync(tenantId, activity, cancellationToken).ConfigureAwait(false))
        {
            return activity.Type == ActivityTypes.Invoke ? new InvokeResponse(200) : null;
        }

        var turn = new TurnContext(activity, authenticated ? connector : anonymousConnector, cancellationToken);
        try
        {
            return await router.RouteAsync(turn).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Turn failed: {Type} activity {ActivityId} in conversation {ConversationId} of tenant {TenantId}.", activity.Type, activity.Id, activity.Conversation?.Id, tenantId);
            await deduplicator.AbandonAsync(tenantId, activity, CancellationToken.None).ConfigureAwait(false);
            await ApologiseAsync(turn).ConfigureAwait(false);
            throw;
        }
    }

    private async Task ApologiseAsync(TurnContext turn)
    {
        if (turn.Activity.Type != ActivityTypes.Message)
        {
            return;
        }

        try
        {
            await turn.SendTextAsync(TurnStrings.SomethingWentWrong).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not tell the member about the failed turn {ActivityId}.", turn.Activity.Id);
        }
    }
}
