using ConnectorBot.Asks;
using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Replies;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Digest.Stores;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Matching;
using ConnectorBot.Matching.Asking;
using ConnectorBot.Teams.Settings;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Digest;

/// <summary>
/// One team's weekly digest pass: every member on its roster who offers something, has the digest on and has had none
/// for a week gets a 1:1 card with up to three colleagues' needs their offer fits. Each member is claimed (ETag) before
/// their digest is built, so two passes (two teams they share, two instances) never both send it; a pass that could not
/// reach someone for a reason that passes leaves the week unfinished, and the next tick tries them again.
/// Counts are logged, never needs or offers.
/// </summary>
public sealed class DigestPass(
    DigestCircles circles,
    ProfileStore profiles,
    INeverList never,
    IMemberMeanings meanings,
    DigestStore store,
    IConnectorClient connector,
    ReplyOutbox replies,
    IOptions<DigestOptions> options,
    TimeProvider clock,
    ILogger<DigestPass> logger)
{
    /// <summary>Sends the week's digests due for the team's members; true when nobody is left to try again this week.</summary>
    public async Task<bool> RunAsync(TeamSettings team, string week, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var circle = await circles.ReadAsync(team.TenantId, cancellationToken);
        var roster = circle.Seats.Where(s => s.Value.Any(seat => seat.Team.TeamId == team.TeamId)).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        if (roster.Count == 0 || team.BotId is null)
        {
            return true;
        }

        var now = clock.GetUtcNow();
        var shown = new Dictionary<string, Profile>(StringComparer.Ordinal);
        await foreach (var profile in profiles.ListAsync(team.TenantId, cancellationToken))
        {
            if (profile.TenantId == team.TenantId && circle.Seats.ContainsKey(profile.MemberId) && ReachRules.MayBeShown(profile, now))
            {
                shown[profile.MemberId] = profile;
            }
        }

        var vectors = await VectorsAsync(team.TenantId, [.. shown.Values.Select(p => MatchProfiles.From(p))], cancellationToken);
        var index = DigestRanking.Prepare(shown.Values.Select(p => WithMeaning(MatchProfiles.From(p), vectors)));
        var (sent, unfinished) = (0, false);
        foreach (var helper in roster.Select(id => shown.GetValueOrDefault(id)).OfType<Profile>().Where(p => !string.IsNullOrWhiteSpace(p.Offer)))
        {
            var outcome = await SendOneAsync(team, week, circle, helper, shown, index, cancellationToken);
            sent += outcome == Outcome.Sent ? 1 : 0;
            unfinished |= outcome == Outcome.TryAgain;
        }

        logger.LogInformation("Digest pass of team {TeamId} in tenant {TenantId}, week {Week}: {Sent} digests sent{Unfinished}.", team.TeamId, team.TenantId, week, sent, unfinished ? ", some to try again" : string.Empty);
        return !unfinished;
    }

    private enum Outcome
    {
        Nothing,
        Sent,
        TryAgain,
    }

    private async Task<Outcome> SendOneAsync(TeamSettings team, string week, DigestCircle circle, Profile helper, Dictionary<string, Profile> shown, AskIndex index, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await store.GetMemberAsync(team.TenantId, helper.MemberId, cancellationToken) is { } state && !MayGet(state, now))
        {
            return Outcome.Nothing;
        }

        var items = await ChooseAsync(team.TenantId, week, circle, helper, shown, index, now, cancellationToken);
        if (items.Count == 0)
        {
            return Outcome.Nothing;
        }

        // The claim: re-run on every ETag conflict, so only the pass that set it goes on.
        var claimed = false;
        await store.UpdateMemberAsync(
            team.TenantId,
            helper.MemberId,
            current =>
            {
                claimed = MayGet(current, now);
                return claimed ? current with { ClaimedUntil = now + options.Value.ClaimFor } : null;
            },
            cancellationToken);
        if (!claimed)
        {
            return Outcome.Nothing;
        }

        var seat = circle.Seats[helper.MemberId].FirstOrDefault(s => s.Team.TeamId == team.TeamId) ?? circle.Seats[helper.MemberId][0];
        try
        {
            var chat = await connector.ForTenant(team.TenantId).CreatePersonalConversationAsync(team.ServiceUrl, team.BotId!, seat.Account.Id!, team.TenantId, cancellationToken);
            var message = new Activity
            {
                Type = ActivityTypes.Message,
                Summary = DigestStrings.Summary,
                Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = DigestCards.Digest(items) }],
            };

            // The reply outbox: sent now if Teams takes it, else kept and delivered in order (after any reply the member
            // is still owed) however long Teams throttles. The key makes a retried pass queue it once.
            await replies.SendInOrderAsync(team.TenantId, chat.ServiceUrl ?? team.ServiceUrl, chat.Id!, helper.MemberId, $"digest|{week}|{helper.MemberId}", message, cancellationToken);
        }
        catch (ConnectorException e) when (e.Passes)
        {
            logger.LogWarning("A digest in tenant {TenantId} could not be started ({Outcome}); trying again next tick.", team.TenantId, e.Outcome);
            await store.UpdateMemberAsync(team.TenantId, helper.MemberId, current => current with { ClaimedUntil = null }, cancellationToken);
            return Outcome.TryAgain;
        }
        catch (ConnectorException e)
        {
            // Blocked the bot or left: nothing to retry this week, and the needs stay unshown for next time.
            logger.LogWarning("A digest in tenant {TenantId} could not be delivered: {Outcome} ({Status}).", team.TenantId, e.Outcome, e.StatusCode);
            await store.UpdateMemberAsync(team.TenantId, helper.MemberId, current => current with { ClaimedUntil = null, LastSentAt = now, LastWeek = week }, cancellationToken);
            return Outcome.Nothing;
        }

        await store.RememberAsync(items.Select(i => i.Sent), cancellationToken);
        await store.UpdateMemberAsync(team.TenantId, helper.MemberId, current => current with { ClaimedUntil = null, LastSentAt = now, LastWeek = week }, cancellationToken);
        logger.LogDebug("Digest of week {Week} in tenant {TenantId}: {Items} needs.", week, team.TenantId, items.Count);
        return Outcome.Sent;
    }

    private bool MayGet(DigestMember state, DateTimeOffset now) =>
        !state.Off
        && (state.LastSentAt is not { } last || now - last >= options.Value.Gap)
        && (state.ClaimedUntil is not { } claimed || claimed <= now);

    /// <summary>
    /// The needs for one helper: colleagues sharing a digest-on team, whom they may be shown (consent, answers, not
    /// paused), on neither never-list, with no open intro between them, whose need was not shown to them before, ranked.
    /// </summary>
    private async Task<List<DigestItem>> ChooseAsync(string tenantId, string week, DigestCircle circle, Profile helper, Dictionary<string, Profile> shown, AskIndex index, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var excluded = await never.ExcludedForAsync(tenantId, helper.MemberId, cancellationToken);

        // A need of this week's digest counts as unsent: a pass retried after a crash may show it again.
        var before = (await store.ListSentAsync(tenantId, helper.MemberId, cancellationToken)).Where(s => s.Week != week).Select(s => (s.NeederId, s.NeedHash)).ToHashSet();
        var colleagues = circle.ColleaguesOf(helper.MemberId);
        bool Allowed(string id) =>
            colleagues.ContainsKey(id) && shown.TryGetValue(id, out var profile) && !excluded.Contains(id) && !circle.HaveOpenIntro(helper.MemberId, id)
            && !before.Contains((id, NeedHash.Of(profile.ConnectWith!)));

        var ranked = DigestRanking.Rank(index, helper.MemberId, Allowed, options.Value.Items);
        return [.. ranked.Select(r =>
        {
            var seat = colleagues[r.MemberId];
            var profile = shown[r.MemberId];
            var sent = new SentNeed
            {
                TenantId = tenantId,
                RecipientId = helper.MemberId,
                NeederId = r.MemberId,
                NeedHash = NeedHash.Of(profile.ConnectWith!),
                Week = week,
                TeamId = seat.Team.TeamId,
                NeederUserId = seat.Account.Id!,
                NeederName = IntroNames.Of(seat.Account, profile) ?? IntrosStrings.SomeColleague,
                NeederUserPrincipalName = seat.Account.UserPrincipalName ?? seat.Account.Email,
                Reason = r.Reason,
                Score = r.Score,
                SentAt = now,
            };
            return new DigestItem(sent, profile.ConnectWith!);
        })];
    }

    private static MatchProfile WithMeaning(MatchProfile profile, IReadOnlyDictionary<string, TextMeaning> vectors) =>
        vectors.TryGetValue(profile.Id, out var meaning) ? profile with { Meaning = meaning } : profile;

    private async Task<IReadOnlyDictionary<string, TextMeaning>> VectorsAsync(string tenantId, IReadOnlyList<MatchProfile> members, CancellationToken cancellationToken)
    {
        try
        {
            return await meanings.ForAsync(tenantId, members, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The type only: a provider's message could quote an answer.
            logger.LogWarning("Sentence vectors unavailable for a digest pass in tenant {TenantId} ({Error}); ranking on words.", tenantId, e.GetType().Name);
            return new Dictionary<string, TextMeaning>();
        }
    }
}
