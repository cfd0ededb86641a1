using ConnectorBot.Asks.Stores;
using ConnectorBot.BotFramework.Cards;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Matching.Explaining;
using ConnectorBot.Teams.Settings;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Asks;

/// <summary>
/// The asker picks a colleague from their ask's card: the pick is checked against the ask (only its asker, only a
/// colleague it found, once each), the colleague's limits and consent are checked again, and an intro is made that the
/// asker has already accepted. The colleague gets a private question through the intros' outbox; their Yes hands both
/// off, their "Not now" tells the asker kindly. Nothing is posted in a channel.
/// </summary>
public sealed class AskActions(
    AskStore asks,
    ProfileStore profiles,
    INeverList never,
    TeamSettingsStore teams,
    IntroStore intros,
    OutboxStore outbox,
    OutboxWakeUp wakeUp,
    IOptions<AsksOptions> options,
    TimeProvider clock,
    ILogger<AskActions> logger)
{
    private const int NeedInReason = 120;

    public async Task<InvokeResponse> PickAsync(TurnContext turn, CardAction action)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var tenantId = turn.Activity.GetTenantId();
        var askerId = turn.Activity.From?.AadObjectId;
        var askId = AsksVerbs.ReadAskId(action);
        var memberId = AsksVerbs.ReadMemberId(action);
        if (tenantId is null || askerId is null || askId is null || memberId is null)
        {
            return InvokeResponse.Error(400, "BadRequest", AsksStrings.UnknownAsk);
        }

        // Keyed by the clicker: someone else's ask is simply not found.
        var ask = await asks.GetAsync(tenantId, askerId, askId, turn.CancellationToken);
        if (ask?.Candidates.FirstOrDefault(c => c.MemberId == memberId) is not { } candidate)
        {
            return InvokeResponse.Message(AsksStrings.UnknownAsk);
        }

        if (candidate.PickedAt is not null)
        {
            return InvokeResponse.Message(AsksStrings.AlreadyAsked);
        }

        var now = clock.GetUtcNow();
        var helper = await profiles.GetAsync(new MemberKey(tenantId, memberId, candidate.UserId, null), turn.CancellationToken);
        var excluded = await never.ExcludedForAsync(tenantId, askerId, turn.CancellationToken);
        var asked = await asks.CountAskedSinceAsync(tenantId, memberId, now - ReachRules.AskedWindow, turn.CancellationToken);
        var team = await teams.GetAsync(tenantId, candidate.TeamId, turn.CancellationToken);
        if (helper is null || !ReachRules.MayBeShown(helper, now) || excluded.Contains(memberId) || !ReachRules.MayBeAsked(asked, options.Value) || team is null || team.UninstalledAt is not null)
        {
            // One answer for every reason, so the asker learns nothing about the colleague's settings.
            return InvokeResponse.Message(AsksStrings.CannotAskNow(candidate.Name));
        }

        var askerProfile = await profiles.GetAsync(new MemberKey(tenantId, askerId, turn.Activity.From!.Id ?? string.Empty, null), turn.CancellationToken);
        var askerName = DisplayNames.Usable([turn.Activity.From.Name, askerProfile?.Name], askerId, turn.Activity.From.Id) ?? IntrosStrings.SomeColleague;
        var intro = new IntroRecord
        {
            TenantId = tenantId,
            TeamId = team.TeamId,
            RoundId = AskIntroIds.RoundId,
            IntroId = AskIntroIds.For(askId, memberId),
            Kind = IntroKind.Ask,
            Delivery = IntroDelivery.Private,
            Parties =
            [
                new IntroParty
                {
                    MemberId = askerId,
                    UserId = turn.Activity.From.Id ?? string.Empty,
                    Name = askerName,
                    Accomplish = askerProfile?.Accomplish,
                    ConnectWith = ask.Need,
                    Offer = askerProfile?.Offer,
                    Decision = Decision.Accepted,
                },
                new IntroParty
                {
                    MemberId = memberId,
                    UserId = candidate.UserId,
                    Name = candidate.Name,
                    UserPrincipalName = candidate.UserPrincipalName,
                    Accomplish = helper.Accomplish,
                    ConnectWith = helper.ConnectWith,
                    Offer = helper.Offer,
                },
            ],
            Score = candidate.Score,
            Reason = AsksStrings.IntroReason(askerName, QuotedPhrase.Pick(ask.Need, NeedInReason), candidate.Reason),
            ServiceUrl = team.ServiceUrl,
            ChannelId = team.IntroChannelId ?? team.TeamId,
            CreatedAt = now,
        };

        // Intro first, then the note of who was asked, then the ask: a retried click finds each step done.
        await intros.AddManyAsync([intro], turn.CancellationToken);
        await asks.RecordAskedAsync(tenantId, memberId, intro.IntroId, now, turn.CancellationToken);
        await outbox.EnqueueAsync(OutboxItem.For(intro, OutboxKind.PostIntro, OutboxKeys.Post(intro.IntroId), now), turn.CancellationToken);
        var updated = await asks.UpdateAsync(
            tenantId,
            askerId,
            askId,
            current => current is null ? null : current with
            {
                Candidates = [.. current.Candidates.Select(c => c.MemberId == memberId && c.PickedAt is null ? c with { PickedAt = now, IntroId = intro.IntroId } : c)],
            },
            turn.CancellationToken);
        wakeUp.Wake(tenantId, team.TeamId);
        logger.LogInformation("Ask {AskId} in tenant {TenantId}: one colleague asked privately (intro {IntroId} of team {TeamId}).", askId, tenantId, intro.IntroId, team.TeamId);

        await turn.SendTextAsync(AsksStrings.AskedThem(MarkdownText.Escape(candidate.Name)));
        return InvokeResponse.Card(AskCards.Candidates(updated ?? ask));
    }
}
