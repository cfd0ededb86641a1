using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Intros.Stores;

namespace ConnectorBot.Intros;

/// <summary>
/// Accept / Not now on an intro card, and the "did you meet?" answers. Only the members the intro
/// names can act (checked by AAD object id from the activity, never from the card's data); anyone
/// else is told privately whom it is for. Decisions go through an ETag-guarded state machine, so
/// simultaneous and repeated clicks are safe. A click only records: the card update for everyone and the handoffs are
/// queued in the outbox and sent by <see cref="OutboxDelivery"/>, woken at once, so the clicker's answer (the updated
/// card, rendered once) never waits on Teams.
/// </summary>
public sealed class IntroActions(
    IntroStore intros,
    PairHistoryStore history,
    OutboxStore outbox,
    OutboxWakeUp wakeUp,
    TimeProvider clock,
    ILogger<IntroActions> logger)
{
    public Task<InvokeResponse> AcceptAsync(TurnContext turn, CardAction action) =>
        ForIntroAsync(turn, action, followUp: false, (intro, actor) => DecideAsync(turn, intro, actor, Decision.Accepted));

    public Task<InvokeResponse> PassAsync(TurnContext turn, CardAction action) =>
        ForIntroAsync(turn, action, followUp: false, (intro, actor) => DecideAsync(turn, intro, actor, Decision.Passed));

    /// <summary>"Did you meet?" answered, in the member's personal chat.</summary>
    public Task<InvokeResponse> AnswerFollowUpAsync(TurnContext turn, CardAction action) =>
        ForIntroAsync(turn, action, followUp: true, (intro, actor) => FollowUpAsync(turn, intro, actor, action));

    private async Task<InvokeResponse> ForIntroAsync(TurnContext turn, CardAction action, bool followUp, Func<IntroRecord, string, Task<InvokeResponse>> act)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var tenantId = turn.Activity.GetTenantId();
        var actor = turn.Activity.From?.AadObjectId;
        var introId = IntrosVerbs.ReadIntroId(action);
        var teamId = IntrosVerbs.ReadTeamId(action);
        if (tenantId is null || actor is null || introId is null || teamId is null)
        {
            return InvokeResponse.Error(400, "BadRequest", IntrosStrings.UnknownIntro);
        }

        // A card posted in one team cannot be acted on as another team's: the channel says which team this is.
        if (turn.Teams?.Team?.Id is { } channelTeam && channelTeam != teamId)
        {
            logger.LogWarning("Intro action for team {TeamId} arrived from team {ChannelTeam}; refused.", teamId, channelTeam);
            return InvokeResponse.Error(403, "Forbidden", IntrosStrings.UnknownIntro);
        }

        var intro = await intros.GetAsync(tenantId, teamId, introId, turn.CancellationToken);
        if (intro is null)
        {
            return InvokeResponse.Message(IntrosStrings.UnknownIntro);
        }

        if (intro.WithdrawnAt is not null)
        {
            // Clicked before the card changed: say so, and show the channel card as it now is to whoever clicked there.
            return followUp || turn.Activity.Type != BotFramework.Schema.ActivityTypes.Invoke
                ? InvokeResponse.Message(IntrosStrings.WithdrawnAnswer)
                : InvokeResponse.Card(IntroCards.Withdrawn());
        }

        return await act(intro, actor);
    }

    private async Task<InvokeResponse> DecideAsync(TurnContext turn, IntroRecord intro, string actor, Decision decision)
    {
        if (intro.Party(actor) is null)
        {
            return InvokeResponse.Message(IntroCards.NotForYou(intro));
        }

        var now = clock.GetUtcNow();
        DecisionResult? result = null;
        var stored = await intros.UpdateAsync(
            intro.TenantId,
            intro.TeamId,
            intro.IntroId,
            current =>
            {
                // Re-run on every ETag conflict, so the decision applies to the latest state.
                result = current is null ? null : IntroDecisions.Decide(current, actor, decision, now);
                return result?.Outcome == DecisionOutcome.Applied ? result.Intro : null;
            },
            turn.CancellationToken);

        // A repeated click on a decided intro: whatever its decision owed is queued again (nothing new if it was), in
        // case the process died between recording the decision and queueing its sends.
        if (result is { Outcome: DecisionOutcome.AlreadyDecided or DecisionOutcome.Closed, Intro: { WithdrawnAt: null, State: not IntroState.Posted and not IntroState.Planned } closed })
        {
            await DecisionSends.QueueAsync(outbox, closed, now, turn.CancellationToken);
            wakeUp.Wake(closed.TenantId, closed.TeamId);
        }

        switch (result?.Outcome)
        {
            case DecisionOutcome.Applied when stored is not null:
                await AfterDecisionAsync(stored, turn.CancellationToken);
                wakeUp.Wake(stored.TenantId, stored.TeamId);
                return turn.Activity.Type != BotFramework.Schema.ActivityTypes.Invoke ? InvokeResponse.Message(string.Empty)
                    : stored.Delivery == IntroDelivery.Private ? InvokeResponse.Card(PrivateIntroCards.For(stored, stored.Party(actor)!))
                    : InvokeResponse.Card(IntroCards.Suggestion(stored));
            case DecisionOutcome.Closed when result.Intro.WithdrawnAt is not null:
                return InvokeResponse.Message(IntrosStrings.WithdrawnAnswer);
            case DecisionOutcome.AlreadyDecided:
                return InvokeResponse.Message(IntrosStrings.AlreadyAnswered);
            case DecisionOutcome.NotNamed:
                return InvokeResponse.Message(IntroCards.NotForYou(intro));
            case DecisionOutcome.Closed when result.Intro.State == IntroState.Connected:
                // A late "Not now" on a stale card: they are connected, and "timing isn't right" would be false.
                return InvokeResponse.Message(IntrosStrings.AlreadyConnected);
            default:
                return InvokeResponse.Message(IntrosStrings.Closed);
        }
    }

    private async Task AfterDecisionAsync(IntroRecord intro, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await DecisionSends.QueueAsync(outbox, intro, now, cancellationToken);
        if (intro.State == IntroState.Connected)
        {
            await history.RecordIntroAsync(intro, PairOutcome.Connected, now, cancellationToken);
        }
        else if (intro.State == IntroState.Passed)
        {
            await history.RecordIntroAsync(intro, PairOutcome.Passed, now, cancellationToken);
        }
    }

    private async Task<InvokeResponse> FollowUpAsync(TurnContext turn, IntroRecord intro, string actor, CardAction action)
    {
        if (intro.Party(actor) is null || IntrosVerbs.ReadOutcome(action) is not { } outcome)
        {
            return InvokeResponse.Message(IntroCards.NotForYou(intro));
        }

        var stored = await intros.UpdateAsync(
            intro.TenantId,
            intro.TeamId,
            intro.IntroId,
            current => current is null || current.WithdrawnAt is not null ? null : current with { Parties = current.Parties.Select(p => p.MemberId == actor ? p with { Outcome = outcome } : p).ToList() },
            turn.CancellationToken);
        if (stored is { WithdrawnAt: null })
        {
            await history.RecordIntroAsync(stored, PairOutcomes.From(outcome), clock.GetUtcNow(), turn.CancellationToken);
        }

        var thanks = IntroCards.FollowUpThanks(outcome);
        await turn.SendTextAsync(thanks);
        return InvokeResponse.Message(thanks);
    }
}
