using ConnectorBot.Asks;
using ConnectorBot.BotFramework.Cards;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Digest.Stores;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Matching.Explaining;

namespace ConnectorBot.Digest;

/// <summary>
/// "Offer to help" on a digest: the click is checked against what the clicker's digest showed (only a need shown to
/// them, once each, the need unchanged), the rules are checked again as they stand now, and an intro is made that the
/// helper has already accepted. The member in need gets a private card through the intros' outbox ("X offered to help
/// you"): their yes hands both off, their "No thanks" gets the helper a kind note. Nothing is posted in a channel.
/// </summary>
public sealed class DigestActions(
    DigestStore store,
    DigestCircles circles,
    ProfileStore profiles,
    INeverList never,
    IntroStore intros,
    OutboxStore outbox,
    OutboxWakeUp wakeUp,
    TimeProvider clock,
    ILogger<DigestActions> logger)
{
    private const int NeedInReason = 120;

    public async Task<InvokeResponse> OfferAsync(TurnContext turn, CardAction action)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var tenantId = turn.Activity.GetTenantId();
        var helperId = turn.Activity.From?.AadObjectId;
        var neederId = DigestVerbs.ReadNeederId(action);
        var needHash = DigestVerbs.ReadNeedHash(action);
        if (tenantId is null || helperId is null || neederId is null || needHash is null)
        {
            return InvokeResponse.Error(400, "BadRequest", DigestStrings.UnknownItem);
        }

        // Keyed by the clicker: a need shown to someone else is simply not found.
        if (await store.GetSentAsync(tenantId, helperId, neederId, needHash, turn.CancellationToken) is not { } sent)
        {
            return InvokeResponse.Message(DigestStrings.UnknownItem);
        }

        if (sent.OfferedAt is not null)
        {
            return InvokeResponse.Message(DigestStrings.AlreadyOffered);
        }

        var now = clock.GetUtcNow();
        var helper = await profiles.GetAsync(new MemberKey(tenantId, helperId, turn.Activity.From!.Id ?? string.Empty, null), turn.CancellationToken);
        var needer = await profiles.GetAsync(new MemberKey(tenantId, neederId, sent.NeederUserId, null), turn.CancellationToken);
        var circle = await circles.ReadAsync(tenantId, turn.CancellationToken);
        var excluded = await never.ExcludedForAsync(tenantId, helperId, turn.CancellationToken);
        var seat = circle.ColleaguesOf(helperId).GetValueOrDefault(neederId);
        if (helper is null || needer is null || seat is null || !ReachRules.MayBeShown(needer, now) || excluded.Contains(neederId)
            || needer.ConnectWith is not { } need || NeedHash.Of(need) != sent.NeedHash || circle.HaveOpenIntro(helperId, neederId))
        {
            // One answer for every reason, so the helper learns nothing about the other's settings.
            return InvokeResponse.Message(DigestStrings.CannotOfferNow(sent.NeederName));
        }

        var team = seat.Team;
        var helperName = DisplayNames.Usable([turn.Activity.From.Name, helper.Name], helperId, turn.Activity.From.Id) ?? IntrosStrings.SomeColleague;
        var intro = new IntroRecord
        {
            TenantId = tenantId,
            TeamId = team.TeamId,
            RoundId = DigestIntroIds.RoundId,
            IntroId = DigestIntroIds.For(helperId, neederId, sent.NeedHash),
            Kind = IntroKind.Offer,
            Delivery = IntroDelivery.Private,
            Parties =
            [
                new IntroParty
                {
                    MemberId = helperId,
                    UserId = turn.Activity.From.Id ?? string.Empty,
                    Name = helperName,
                    Accomplish = helper.Accomplish,
                    ConnectWith = helper.ConnectWith,
                    Offer = helper.Offer,
                    Decision = Decision.Accepted,
                },
                new IntroParty
                {
                    MemberId = neederId,
                    UserId = seat.Account.Id ?? sent.NeederUserId,
                    Name = sent.NeederName,
                    UserPrincipalName = sent.NeederUserPrincipalName,
                    Accomplish = needer.Accomplish,
                    ConnectWith = need,
                    Offer = needer.Offer,
                },
            ],
            Score = sent.Score,
            Reason = DigestStrings.IntroReason(helperName, sent.NeederName, QuotedPhrase.Pick(need, NeedInReason)),
            ServiceUrl = team.ServiceUrl,
            ChannelId = team.IntroChannelId ?? team.TeamId,
            CreatedAt = now,
        };

        // Intro first, then its post, then the mark on the digest: a retried click finds each step done.
        await intros.AddManyAsync([intro], turn.CancellationToken);
        await outbox.EnqueueAsync(OutboxItem.For(intro, OutboxKind.PostIntro, OutboxKeys.Post(intro.IntroId), now), turn.CancellationToken);
        await store.UpdateSentAsync(sent, current => current is null ? null : current with { OfferedAt = current.OfferedAt ?? now, IntroId = intro.IntroId }, turn.CancellationToken);
        wakeUp.Wake(tenantId, team.TeamId);
        logger.LogInformation("Offer of help in tenant {TenantId}: the member in need asked privately (intro {IntroId} of team {TeamId}).", tenantId, intro.IntroId, intro.TeamId);

        await turn.SendTextAsync(DigestStrings.OfferSent(MarkdownText.Escape(sent.NeederName)));
        return InvokeResponse.Card(DigestCards.Digest(await ItemsOfWeekAsync(tenantId, helperId, sent.Week, turn.CancellationToken)));
    }

    /// <summary>The digest as it stands now, to show the pressed button as done: the needs of that week still as they were.</summary>
    private async Task<List<DigestItem>> ItemsOfWeekAsync(string tenantId, string helperId, string week, CancellationToken cancellationToken)
    {
        var items = new List<DigestItem>();
        foreach (var sent in (await store.ListSentAsync(tenantId, helperId, cancellationToken)).Where(s => s.Week == week).OrderBy(s => s.SentAt).ThenByDescending(s => s.Score))
        {
            var profile = await profiles.GetAsync(new MemberKey(tenantId, sent.NeederId, sent.NeederUserId, null), cancellationToken);
            if (profile?.ConnectWith is { } need && NeedHash.Of(need) == sent.NeedHash)
            {
                items.Add(new DigestItem(sent, need));
            }
        }

        return items;
    }
}
