using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Replies;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Storage;
using ConnectorBot.Telemetry;

namespace ConnectorBot.BotFramework.Turns;

/// <summary>
/// Runs one authenticated activity as a turn: tenant and shape checks (<see cref="ActivityShape"/>), once-only
/// processing, routing, and on failure a logged error (with ids, never the member's text), an apology, and a
/// marker released for redelivery. Replies Teams cannot take now are queued by <see cref="TurnReplies"/>, not thrown; a read
/// or create that fails for a passing reason (throttled, busy, unreachable) ends the turn without a 500.
/// </summary>
public sealed class TurnProcessor(
    ActivityRouter router,
    ActivityDeduplicator deduplicator,
    IConnectorClient connector,
    [FromKeyedServices(ConnectorRegistration.AnonymousKey)] IConnectorClient anonymousConnector,
    ReplyOutbox outbox,
    ILogger<TurnProcessor> logger)
{
    /// <param name="authenticated">False for a turn the development switch let in without a token: its replies carry none.</param>
    public async Task<InvokeResponse?> ProcessAsync(Activity activity, bool authenticated, CancellationToken cancellationToken)
    {
        using var measured = TurnTelemetry.Start(activity);
        var tenantId = activity.GetTenantId();
        if (string.IsNullOrEmpty(tenantId))
        {
            measured.Outcome = TurnOutcome.NoTenant;
            // Every record is partitioned by tenant: an activity without one cannot be served safely.
            logger.LogWarning("Ignoring a {Type} activity {ActivityId} on {ChannelId} that names no tenant.", activity.Type, activity.Id, activity.ChannelId);
            return activity.Type == ActivityTypes.Invoke ? new InvokeResponse(400) : null;
        }

        if (ActivityShape.FindProblem(activity) is { } problem)
        {
            measured.Outcome = TurnOutcome.Malformed;

            // Nothing is stored or sent: the ids are logged only when they fit, the reason names fields, never values.
            logger.LogWarning(
                "Refusing a malformed {Type} activity {ActivityId} on {ChannelId}: {Problem}.",
                activity.Type,
                Loggable(activity.Id),
                activity.ChannelId,
                problem);
            return new InvokeResponse(400);
        }

        if (!await deduplicator.TryBeginAsync(tenantId, activity, cancellationToken))
        {
            measured.Outcome = TurnOutcome.Duplicate;
            return activity.Type == ActivityTypes.Invoke ? new InvokeResponse(200) : null;
        }

        // Every call the turn makes spends its tenant's allowance under Teams' per-tenant limit.
        var client = (authenticated ? connector : anonymousConnector).ForTenant(tenantId);
        var turn = new TurnContext(activity, client, outbox.ForTurn(activity, client, authenticated, cancellationToken), cancellationToken);
        measured.Turn = turn;
        try
        {
            var response = await router.RouteAsync(turn);

            await MarkFinishedAsync(tenantId, activity);
            measured.Outcome = TurnOutcome.Answered;
            return response;
        }
        catch (ConnectorException e) when (e.Outcome is ConnectorOutcome.NetworkError or ConnectorOutcome.InsecureServiceUrl || e.ConversationUnreachable)
        {
            measured.Outcome = TurnOutcome.ConnectorUnavailable;

            // No apology: it would go the same way (the connector cannot be reached, or the chat is gone or blocks the bot). The status and outcome say why; the message never holds the reply.
            logger.LogWarning(
                "Turn could not answer: {Type} activity {ActivityId} in conversation {ConversationId} of tenant {TenantId}; the connector at {ServiceUrl} failed with {Outcome} ({Status}).",
                activity.Type,
                activity.Id,
                activity.Conversation?.Id,
                tenantId,
                Authority(activity.ServiceUrl),
                e.Outcome,
                (int?)e.StatusCode);
            await deduplicator.AbandonAsync(tenantId, activity, CancellationToken.None);
            return activity.Type == ActivityTypes.Invoke
                ? InvokeResponse.Error(503, "ConnectorUnavailable", TurnStrings.CouldNotAnswer)
                : null;
        }
        catch (ConnectorException e) when (e.Passes)
        {
            measured.Outcome = TurnOutcome.ConnectorBusy;

            // A read or create Teams would not serve now (throttled, busy): not a bug, and not worth a 500. The member
            // is told to try again (that reply itself queues if need be) and a redelivery may run the turn afresh.
            logger.LogWarning(
                "Turn could not finish: {Type} activity {ActivityId} in conversation {ConversationId} of tenant {TenantId}; a connector call failed with {Outcome} ({Status}).",
                activity.Type,
                activity.Id,
                activity.Conversation?.Id,
                tenantId,
                e.Outcome,
                (int?)e.StatusCode);
            await deduplicator.AbandonAsync(tenantId, activity, CancellationToken.None);
            await ApologiseAsync(turn);
            return activity.Type == ActivityTypes.Invoke
                ? InvokeResponse.Error(503, "ConnectorUnavailable", TurnStrings.CouldNotAnswer)
                : null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller gave up waiting (Teams redelivers an activity it got no answer to): the marker is released so
            // that redelivery runs the turn, instead of being taken for a duplicate and left unanswered.
            measured.Outcome = TurnOutcome.Cancelled;
            logger.LogInformation(
                "Turn cancelled by its caller: {Type} activity {ActivityId} in conversation {ConversationId} of tenant {TenantId}; released for redelivery.",
                activity.Type,
                activity.Id,
                activity.Conversation?.Id,
                tenantId);
            await deduplicator.AbandonAsync(tenantId, activity, CancellationToken.None);
            throw;
        }
        catch (Exception e)
        {
            measured.Failed(e);
            logger.LogError(e, "Turn failed: {Type} activity {ActivityId} in conversation {ConversationId} of tenant {TenantId}.", activity.Type, activity.Id, activity.Conversation?.Id, tenantId);
            await deduplicator.AbandonAsync(tenantId, activity, CancellationToken.None);
            await ApologiseAsync(turn);
            throw;
        }
    }

    // Not cancelled with the request: the turn is done, and its marker must say so even if the caller has gone. A failure
    // here loses nothing: at worst a redelivery after a crash runs the turn again.
    private async Task MarkFinishedAsync(string tenantId, Activity activity)
    {
        try
        {
            await deduplicator.CompleteAsync(tenantId, activity, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Turn {ActivityId} in conversation {ConversationId} of tenant {TenantId} finished but could not be marked so.", activity.Id, activity.Conversation?.Id, tenantId);
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
            await turn.SendTextAsync(TurnStrings.SomethingWentWrong);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not tell the member about the failed turn {ActivityId}.", turn.Activity.Id);
        }
    }

    // An over-long id would flood the log; its length is in the problem already.
    private static string? Loggable(string? id) => id is { Length: > TableKey.MaxLength } ? id[..32] + "…" : id;

    private static string Authority(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "(no serviceUrl)";
}
