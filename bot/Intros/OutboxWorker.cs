using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Teams.Settings;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Intros;

/// <summary>
/// Sends what the outbox holds for a team: new intro threads, card updates, handoffs and follow-ups, and last the notes
/// to members a round left first in line. Each item is done once: a posted intro's activity id is stored before the item
/// completes, so a retry finds it and does not post twice. Throttling defers the item to its Retry-After.
/// </summary>
public sealed class OutboxWorker(
    OutboxStore outbox,
    IntroStore intros,
    TeamSettingsStore teams,
    WaitingNotes waitingNotes,
    IConnectorClient connector,
    IOptions<IntrosOptions> options,
    TimeProvider clock,
    ILogger<OutboxWorker> logger)
{
    // Sending can queue follow-on work (a card note); a few passes pick it up without looping forever.
    private const int MaxPasses = 3;

    /// <summary>Sends every due item of one team, including what sending queues (a card note after a failed handoff); returns how many completed.</summary>
    public async Task<int> DrainAsync(string tenantId, string teamId, CancellationToken cancellationToken)
    {
        var completed = 0;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var sent = await DrainOnceAsync(tenantId, teamId, cancellationToken);
            completed += sent;
            if (sent == 0)
            {
                break;
            }
        }

        return completed;
    }

    private async Task<int> DrainOnceAsync(string tenantId, string teamId, CancellationToken cancellationToken)
    {
        var completed = 0;
        var items = new List<OutboxItem>();
        await foreach (var item in outbox.ListPendingAsync(tenantId, teamId, cancellationToken))
        {
            items.Add(item);
        }

        var now = clock.GetUtcNow();
        var due = items.Where(i => i.NotBefore is null || i.NotBefore <= now).ToList();

        // Waiting notes only in a pass with nothing else due: a big round's thousands of them must not hold up its intro
        // cards (the private ones are queued as their intro is "posted", so a pass or two after the round's notes).
        var sending = due.Any(i => i.Kind != OutboxKind.WaitingNote) ? due.Where(i => i.Kind != OutboxKind.WaitingNote).ToList() : due;

        // Every note of a pass goes through the same team: read once, not once per note (a big round has a thousand).
        var noteTeam = sending.Any(i => i.Kind == OutboxKind.WaitingNote) ? await teams.GetAsync(tenantId, teamId, cancellationToken) : null;
        foreach (var next in sending.OrderBy(i => i.CreatedAt).ThenBy(i => i.Key, StringComparer.Ordinal))
        {
            // Another worker (a click's drain, another instance) may be sending it right now.
            if (await outbox.TryClaimAsync(next, now, now + options.Value.OutboxClaimHold, cancellationToken) is not { } item)
            {
                continue;
            }

            try
            {
                await SendAsync(item, noteTeam, cancellationToken);
                await outbox.CompleteAsync(item, clock.GetUtcNow(), cancellationToken);
                IntroOutboxTelemetry.Completed(item.Kind);
                completed++;
            }
            catch (ConnectorException e) when (e.Outcome is ConnectorOutcome.Throttled or ConnectorOutcome.NetworkError or ConnectorOutcome.Failed or ConnectorOutcome.ServiceError && item.Attempts + 1 < options.Value.OutboxMaxAttempts)
            {
                var wait = e.RetryAfter ?? options.Value.OutboxRetryDelay * Math.Pow(2, item.Attempts);
                logger.LogWarning("Outbox {Kind} for intro {IntroId} deferred by {Wait}: {Outcome}.", item.Kind, item.IntroId, wait, e.Outcome);
                await outbox.DeferAsync(item, clock.GetUtcNow() + wait, e.Outcome.ToString(), cancellationToken);
                IntroOutboxTelemetry.Deferring(item.Kind, e.Outcome);
            }
            catch (ConnectorException e)
            {
                // Not something a retry fixes (the channel is gone, the bot was removed): logged and given up.
                logger.LogError(e, "Outbox {Kind} for intro {IntroId} of team {TeamId} given up: {Outcome}.", item.Kind, item.IntroId, teamId, e.Outcome);
                await outbox.CompleteAsync(item with { LastError = e.Outcome.ToString() }, clock.GetUtcNow(), cancellationToken);
                IntroOutboxTelemetry.GivingUp(item.Kind, e.Outcome);
            }
        }

        return completed;
    }

    private async Task SendAsync(OutboxItem item, TeamSettings? noteTeam, CancellationToken cancellationToken)
    {
        if (item.Kind == OutboxKind.WaitingNote)
        {
            await SendWaitingNoteAsync(item, noteTeam, cancellationToken);
            return;
        }

        var intro = await intros.GetAsync(item.TenantId, item.TeamId, item.IntroId, cancellationToken);
        if (intro is null)
        {
            return;
        }

        // A withdrawn intro is never posted, handed off or followed up: only its card is updated to say so.
        if (intro.WithdrawnAt is not null && item.Kind != OutboxKind.UpdateCard)
        {
            return;
        }

        switch (item.Kind)
        {
            case OutboxKind.PostIntro when intro.Delivery == IntroDelivery.Private:
                await PostPrivatelyAsync(intro, cancellationToken);
                break;
            case OutboxKind.PostIntro:
                await PostAsync(intro, cancellationToken);
                break;
            case OutboxKind.PrivateCard when intro.Party(item.MemberId ?? string.Empty) is { } me:
                await SendPrivateCardAsync(intro, me, cancellationToken);
                break;
            case OutboxKind.DeclinedNote when intro.Party(item.MemberId ?? string.Empty) is { } me:
                await SendPersonalAsync(intro, me, new Activity { Type = ActivityTypes.Message, Text = DeclinedNote(intro, me) }, cancellationToken);
                break;
            case OutboxKind.UpdateCard when intro.Delivery == IntroDelivery.Private:
                await UpdatePrivateCardsAsync(intro, cancellationToken);
                break;
            case OutboxKind.UpdateCard when intro.ConversationId is not null && intro.ActivityId is not null:
                await connector.ForTenant(intro.TenantId).UpdateActivityAsync(intro.ServiceUrl, intro.ConversationId, intro.ActivityId, CardActivity(intro), cancellationToken);
                break;
            case OutboxKind.Handoff when intro.Party(item.MemberId ?? string.Empty) is { } me:
                await HandOffAsync(intro, me, cancellationToken);
                break;
            case OutboxKind.FollowUp when intro.Party(item.MemberId ?? string.Empty) is { } me:
                await SendPersonalAsync(intro, me, new Activity { Type = ActivityTypes.Message, Attachments = [Card(IntroCards.FollowUp(intro, me))] }, cancellationToken);
                break;
        }
    }

    private async Task PostAsync(IntroRecord intro, CancellationToken cancellationToken)
    {
        if (intro.ActivityId is not null)
        {
            return;
        }

        var posted = await connector.ForTenant(intro.TenantId).CreateChannelThreadAsync(intro.ServiceUrl, intro.ChannelId, intro.TenantId, CardActivity(intro with { State = IntroState.Posted }), cancellationToken);
        var now = clock.GetUtcNow();
        var stored = await intros.UpdateAsync(
            intro.TenantId,
            intro.TeamId,
            intro.IntroId,
            current => current is null ? null : current with
            {
                State = current.State == IntroState.Planned ? IntroState.Posted : current.State,
                ConversationId = posted.Id,
                ActivityId = posted.ActivityId,
                PostedAt = now,
            },
            cancellationToken);

        // Withdrawn while the card was on its way: the withdrawal found no card to update, so the update is owed now.
        if (stored is { WithdrawnAt: not null })
        {
            await outbox.EnqueueAsync(OutboxItem.For(stored, OutboxKind.UpdateCard, OutboxKeys.Withdrawn(stored.IntroId), now), cancellationToken);
        }
    }

    /// <summary>A private intro is "posted" once each member who still has to answer has their own card queued.</summary>
    private async Task PostPrivatelyAsync(IntroRecord intro, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stored = await intros.UpdateAsync(
            intro.TenantId,
            intro.TeamId,
            intro.IntroId,
            current => current is { State: IntroState.Planned } ? current with { State = IntroState.Posted, PostedAt = now } : current,
            cancellationToken);
        foreach (var party in (stored ?? intro).Parties.Where(p => p.Decision is null))
        {
            await outbox.EnqueueAsync(OutboxItem.For(intro, OutboxKind.PrivateCard, OutboxKeys.PrivateCard(intro.IntroId, party.MemberId), now, party.MemberId), cancellationToken);
        }
    }

    private async Task SendPrivateCardAsync(IntroRecord intro, IntroParty me, CancellationToken cancellationToken)
    {
        if (me.CardActivityId is not null)
        {
            return;
        }

        var (conversationId, sent) = await SendPersonalAsync(intro, me, PrivateCardActivity(intro, me), cancellationToken);
        var stored = await intros.UpdateAsync(
            intro.TenantId,
            intro.TeamId,
            intro.IntroId,
            current => current is null ? null : current with
            {
                Parties = current.Parties.Select(p => p.MemberId == me.MemberId ? p with { CardConversationId = conversationId, CardActivityId = sent.Id } : p).ToList(),
            },
            cancellationToken);

        // Decided or withdrawn while the card was on its way: the card as sent is out of date.
        if (stored is not null && (stored.State != intro.State || stored.WithdrawnAt is not null || stored.Parties.Any(p => p.Decision != intro.Party(p.MemberId)?.Decision)))
        {
            await outbox.EnqueueAsync(OutboxItem.For(stored, OutboxKind.UpdateCard, OutboxKeys.Update(stored) + "|late", clock.GetUtcNow()), cancellationToken);
        }
    }

    private async Task UpdatePrivateCardsAsync(IntroRecord intro, CancellationToken cancellationToken)
    {
        foreach (var party in intro.Parties.Where(p => p.CardConversationId is not null && p.CardActivityId is not null))
        {
            await connector.ForTenant(intro.TenantId).UpdateActivityAsync(intro.ServiceUrl, party.CardConversationId!, party.CardActivityId!, PrivateCardActivity(intro, party), cancellationToken);
        }
    }

    private static string DeclinedNote(IntroRecord intro, IntroParty me)
    {
        var other = intro.Parties.FirstOrDefault(p => p.MemberId != me.MemberId)?.Name ?? IntrosStrings.SomeColleague;
        return (intro.Kind, intro.State) switch
        {
            (IntroKind.Offer, IntroState.Expired) => IntrosStrings.Private.OfferExpired(other),
            (IntroKind.Offer, _) => IntrosStrings.Private.OfferDeclined(other),
            (_, IntroState.Expired) => IntrosStrings.Private.AskExpired(other),
            _ => IntrosStrings.Private.AskDeclined(other),
        };
    }

    private async Task HandOffAsync(IntroRecord intro, IntroParty me, CancellationToken cancellationToken)
    {
        var text = new Activity { Type = ActivityTypes.Message, Text = HandoffMessage.For(intro, me), TextFormat = "markdown" };
        try
        {
            await SendPersonalAsync(intro, me, text, cancellationToken);
        }
        catch (ConnectorException e) when (e.ConversationUnreachable)
        {
            // Blocked or not installed for them: the channel card says how to reach out instead.
            logger.LogWarning("Handoff of intro {IntroId} could not reach one member: {Outcome}.", intro.IntroId, e.Outcome);
            var updated = await intros.UpdateAsync(
                intro.TenantId,
                intro.TeamId,
                intro.IntroId,
                current => current is null ? null : current with { Parties = current.Parties.Select(p => p.MemberId == me.MemberId ? p with { HandoffFailed = true } : p).ToList() },
                cancellationToken);
            if (updated is not null)
            {
                await outbox.EnqueueAsync(
                    OutboxItem.For(updated, OutboxKind.UpdateCard, OutboxKeys.Update(updated), clock.GetUtcNow()),
                    cancellationToken);
            }
        }
    }

    /// <summary>The note to a member left first in line: names nobody, and goes nowhere once they are forgotten or paused.</summary>
    private async Task SendWaitingNoteAsync(OutboxItem item, TeamSettings? team, CancellationToken cancellationToken)
    {
        var target = await waitingNotes.TargetAsync(item, team, cancellationToken);
        if (target.Forgotten)
        {
            // No row names a forgotten member: "forget me" deleted those queued before it, and this one came after.
            await outbox.DeleteAsync(item.TenantId, item.TeamId, item.Key, cancellationToken);
        }

        if (target.Recipient is { } to)
        {
            await SendPersonalAsync(to, new Activity { Type = ActivityTypes.Message, Text = IntrosStrings.Private.FirstInLineNote }, cancellationToken);
        }
    }

    private Task<(string ConversationId, ResourceResponse Sent)> SendPersonalAsync(IntroRecord intro, IntroParty me, Activity activity, CancellationToken cancellationToken) =>
        SendPersonalAsync(new PersonalRecipient(intro.TenantId, intro.TeamId, intro.ServiceUrl, me.UserId, me.ChatConversationId, intro.IntroId), activity, cancellationToken);

    private async Task<(string ConversationId, ResourceResponse Sent)> SendPersonalAsync(PersonalRecipient to, Activity activity, CancellationToken cancellationToken)
    {
        var client = connector.ForTenant(to.TenantId);
        if (to.ChatConversationId is { } stored)
        {
            try
            {
                return (stored, await client.SendToConversationAsync(to.ServiceUrl, stored, activity, cancellationToken));
            }
            catch (ConnectorException e) when (e.ConversationUnreachable || e.Outcome == ConnectorOutcome.NotFound)
            {
                // The stored chat is gone or refused: opening it afresh finds the current one, or says why there is none.
                logger.LogInformation("Outbox send about {About}: a member's stored 1:1 chat answered {Outcome}; opening it again.", to.About, e.Outcome);
            }
        }

        var team = await teams.GetAsync(to.TenantId, to.TeamId, cancellationToken);
        var botId = team?.BotId ?? throw new ConnectorException(ConnectorOutcome.BadRequest, "The team's bot id is unknown; cannot open a 1:1 chat.");
        var chat = await client.CreatePersonalConversationAsync(to.ServiceUrl, botId, to.UserId, to.TenantId, cancellationToken);
        var sent = await client.SendToConversationAsync(chat.ServiceUrl ?? to.ServiceUrl, chat.Id!, activity, cancellationToken);
        return (chat.Id!, sent);
    }

    private static Activity CardActivity(IntroRecord intro) => new()
    {
        Type = ActivityTypes.Message,
        Summary = IntroCardSummary(intro),
        Attachments = [Card(IntroCards.Suggestion(intro))],
    };

    private static Activity PrivateCardActivity(IntroRecord intro, IntroParty me) => new()
    {
        Type = ActivityTypes.Message,
        Summary = intro.WithdrawnAt is null ? string.Join(" ↔ ", intro.Parties.Select(p => p.Name)) : IntrosStrings.WithdrawnTitle,
        Attachments = [Card(PrivateIntroCards.For(intro, me))],
    };

    private static string IntroCardSummary(IntroRecord intro) =>
        intro.WithdrawnAt is null ? string.Join(" ↔ ", intro.Parties.Select(p => p.Name)) : IntrosStrings.WithdrawnTitle;

    private static Attachment Card(System.Text.Json.JsonElement card) => new() { ContentType = Attachment.AdaptiveCardContentType, Content = card };
}
