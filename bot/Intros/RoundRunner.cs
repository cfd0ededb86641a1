using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros.NeverList;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Matching;
using ConnectorBot.Storage;
using ConnectorBot.Teams.Settings;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Intros;

/// <summary>
/// One round of one team for one slot, once: under a lease, members who consented and are active are
/// matched, the intros persisted (Planned) and queued in the outbox, then the round is recorded.
/// A crash part-way is resumed: intros already written for the slot stand and are not matched again.
/// </summary>
public sealed class RoundRunner(
    IConnectorClient connector,
    ProfileStore profiles,
    IntroStore intros,
    RoundStore rounds,
    PairHistoryStore history,
    OutboxStore outbox,
    TeamSettingsStore teams,
    LeaseStore leases,
    IMemberMeanings meanings,
    IMemberUnderstandings understandings,
    INeverList neverList,
    IOptions<IntrosOptions> introsOptions,
    TimeProvider clock,
    ILogger<RoundRunner> logger)
{
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>
    /// Runs the round of <paramref name="slot"/> (id: the slot's, unless an admin's manual round names its own);
    /// null when another instance holds it. <paramref name="choice"/>: which intros an admin chose in the preview; only
    /// those of the new intros are made (all of them without one).
    /// </summary>
    public async Task<RoundReport?> RunAsync(TeamSettings team, DateTimeOffset slot, CancellationToken cancellationToken, string? roundId = null, IntroChoice? choice = null)
    {
        ArgumentNullException.ThrowIfNull(team);
        roundId ??= RoundSchedule.SlotId(slot);
        using var measured = RoundTelemetry.Start(team.TenantId, team.TeamId, roundId);
        return measured.Finished(await RunOnceAsync(team, slot, roundId, choice, cancellationToken));
    }

    private async Task<RoundReport?> RunOnceAsync(TeamSettings team, DateTimeOffset slot, string roundId, IntroChoice? choice, CancellationToken cancellationToken)
    {
        var lease = await leases.TryAcquireAsync($"round|{team.TenantId}|{team.TeamId}|{roundId}", _owner, introsOptions.Value.RoundLeaseTime, cancellationToken);
        if (lease is null)
        {
            return null;
        }

        try
        {
            if (await rounds.GetAsync(team.TenantId, team.TeamId, roundId, cancellationToken) is { } done)
            {
                return new RoundReport(roundId, done.Members, done.Members, done.Intros, done.FirstInLine, AlreadyRan: true);
            }

            var plan = await PlanAsync(team, roundId, cancellationToken);
            return await WriteAsync(team, choice is null ? plan : plan.Keeping(choice), slot, cancellationToken);
        }
        finally
        {
            await leases.ReleaseAsync(lease, CancellationToken.None);
        }
    }

    /// <summary>
    /// What the round of <paramref name="roundId"/> would introduce now, without writing anything: an admin's preview,
    /// and the first half of every round. Intros already written for the round stand and their members are not matched again.
    /// </summary>
    public async Task<RoundPlan> PlanAsync(TeamSettings team, string roundId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var now = clock.GetUtcNow();
        var roster = new List<TeamsChannelAccount>();
        await foreach (var member in connector.ForTenant(team.TenantId).GetAllMembersAsync(team.ServiceUrl, team.TeamId, cancellationToken: cancellationToken))
        {
            if (member.EntraObjectId is not null && member.Id is not null)
            {
                roster.Add(member);
            }
        }

        var existing = new List<IntroRecord>();
        var open = new List<IntroRecord>();
        await foreach (var intro in intros.ListAsync(team.TenantId, team.TeamId, cancellationToken: cancellationToken))
        {
            if (intro.RoundId == roundId)
            {
                existing.Add(intro);
            }
            else if (intro.State is IntroState.Planned or IntroState.Posted && intro.WithdrawnAt is null)
            {
                open.Add(intro);
            }
        }

        var alreadyIntroduced = existing.SelectMany(i => i.Parties).Select(p => p.MemberId).ToHashSet(StringComparer.Ordinal);
        var eligible = new Dictionary<string, (TeamsChannelAccount Account, Profile Profile)>(StringComparer.Ordinal);
        var stored = await profiles.GetManyAsync(team.TenantId, [.. roster.Select(m => m.EntraObjectId!)], cancellationToken);
        foreach (var member in roster)
        {
            var id = member.EntraObjectId!;
            if (stored.GetValueOrDefault(id) is { IsComplete: true, Consent: true } profile && !profile.IsPausedAt(now) && !alreadyIntroduced.Contains(id))
            {
                // The roster's display name: a member whose first contact was an install event has none in their profile.
                eligible[id] = (member, profile with { Name = IntroNames.Of(member, profile) });
            }
        }

        var waiting = await LastFirstInLineAsync(team, cancellationToken);
        var pastPairs = await history.LoadForMatchingAsync(team.TenantId, eligible.Keys, waiting, cancellationToken);

        // Members' never lists, both ways: hard pairs for the matcher, and checked again on what it made.
        var never = await neverList.ExcludedForAsync(team.TenantId, eligible.Keys, cancellationToken);
        pastPairs = NeverPairs.AddTo(pastPairs, never);
        var options = new RoundOptions
        {
            PerMember = team.IntrosPerMember,
            CooldownDays = team.CooldownDays,
            OddHeadcount = team.OddHeadcount,
            Today = DateOnly.FromDateTime(now.UtcDateTime),
        };
        var understood = await UnderstoodAsync(team, [.. eligible.Values.Select(e => e.Profile)], cancellationToken);
        var candidates = await WithMeaningsAsync(team, [.. eligible.Values.Select(e => MatchProfiles.From(e.Profile, understood.GetValueOrDefault(e.Profile.MemberId)))], cancellationToken);
        var matchedAll = RoundTelemetry.TimeMatcher(candidates.Count, () => IntroMatcher.Match(candidates, WithOpenIntros(pastPairs, open, options.Today), options));
        var matched = NeverPairs.Without(matchedAll, never, out var droppedForNever);
        if (droppedForNever > 0)
        {
            logger.LogInformation("Round {RoundId} of team {TeamId}: {Count} trios left out because two of their members must never meet.", roundId, team.TeamId, droppedForNever);
        }

        var records = matched.Intros.Select(intro => ToRecord(team, roundId, intro, eligible, now)).ToList();
        return new RoundPlan(roundId, roster.Count, eligible.Count + alreadyIntroduced.Count, existing, records, matched.FirstInLine.Select(f => f.MemberId).ToList())
        {
            Names = eligible.ToDictionary(e => e.Key, e => e.Value.Profile.Name ?? IntrosStrings.SomeColleague, StringComparer.Ordinal),
            AlreadyWaiting = waiting,
        };
    }

    /// <summary>
    /// A round's second half, under its lease: the plan's intros are written (the best up to the team's channel limit to
    /// be posted in the channel, the rest to be sent 1:1 to the people named), their sends queued, a note queued to each
    /// member left first in line (unless the previous round left them there too), the round recorded.
    /// </summary>
    internal async Task<RoundReport> WriteAsync(TeamSettings team, RoundPlan plan, DateTimeOffset slot, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var roundId = plan.RoundId;
        var made = await WithoutForgottenAsync(team, plan.NewIntros, cancellationToken);
        plan = plan with { NewIntros = ChannelCap.Apply(plan.Existing, made, team.ChannelIntrosPerRound) };
        await intros.AddManyAsync(plan.NewIntros, cancellationToken);
        await outbox.EnqueueManyAsync(
            plan.Existing.Concat(plan.NewIntros).Where(r => r.State == IntroState.Planned).Select(r => OutboxItem.For(r, OutboxKind.PostIntro, OutboxKeys.Post(r.IntroId), now)),
            cancellationToken);

        // Before the round's row, as its intros: a round cut short here is written again, and the keys keep one note each.
        // Queued after the cards, and sent after them: the outbox sends these last.
        await outbox.EnqueueManyAsync(
            plan.ToTellWaiting().Select(id => OutboxItem.ForRound(team.TenantId, team.TeamId, roundId, OutboxKind.WaitingNote, OutboxKeys.WaitingNote(roundId, id), now, id)),
            cancellationToken);

        var total = plan.NewIntros.Count + plan.Existing.Count;
        var privately = plan.Existing.Concat(plan.NewIntros).Count(i => i.Delivery == IntroDelivery.Private);
        await rounds.TryAddAsync(
            new RoundRecord
            {
                TenantId = team.TenantId,
                TeamId = team.TeamId,
                RoundId = roundId,
                SlotAt = slot,
                Members = plan.Eligible,
                Intros = total,
                FirstInLine = plan.FirstInLine,
                CreatedAt = now,
            },
            cancellationToken);
        // Never backwards: a manual round must not make an already-run slot due again.
        await teams.UpdateAsync(team.TenantId, team.TeamId, t => t is null ? null : t with { LastRoundAt = t.LastRoundAt is { } last && last > slot ? last : slot }, cancellationToken);

        logger.LogInformation(
            "Round {RoundId} of team {TeamId}: {Roster} on the roster, {Eligible} eligible, {Intros} intros ({InChannel} in the channel, {Privately} sent privately), {Waiting} first in line next round.",
            roundId,
            team.TeamId,
            plan.Roster,
            plan.Eligible,
            total,
            total - privately,
            privately,
            plan.FirstInLine.Count);
        return new RoundReport(roundId, plan.Roster, plan.Eligible, total, plan.FirstInLine, AlreadyRan: false) { InChannel = total - privately, Privately = privately };
    }

    /// <summary>
    /// Drops the intros of anyone who said "forget me" while the round was matching: their data is gone from every store,
    /// and an intro written now would bring their name and answers back, and post them. Once written, an intro is erased
    /// by "forget me" like any other, and the outbox never posts a withdrawn intro.
    /// </summary>
    private async Task<IReadOnlyList<IntroRecord>> WithoutForgottenAsync(TeamSettings team, IReadOnlyList<IntroRecord> planned, CancellationToken cancellationToken)
    {
        var parties = planned.SelectMany(i => i.Parties).DistinctBy(p => p.MemberId).ToList();
        var stored = await profiles.GetManyAsync(team.TenantId, [.. parties.Select(p => p.MemberId)], cancellationToken);
        var gone = parties.Where(p => !stored.ContainsKey(p.MemberId)).Select(p => p.MemberId).ToHashSet(StringComparer.Ordinal);

        if (gone.Count == 0)
        {
            return planned;
        }

        logger.LogInformation("Round of team {TeamId}: {Count} members' data was erased while matching; their intros are not made.", team.TeamId, gone.Count);
        return [.. planned.Where(i => !i.Parties.Any(p => gone.Contains(p.MemberId)))];
    }

    // An intro still waiting for answers counts as just made, so no round suggests the same people to each other again meanwhile.
    private static PairHistory WithOpenIntros(PairHistory history, List<IntroRecord> open, DateOnly today)
    {
        if (open.Count == 0)
        {
            return history;
        }

        var pending = open.SelectMany(i => i.Parties.SelectMany((a, n) => i.Parties.Skip(n + 1).Select(b => new PastIntro(a.MemberId, b.MemberId, today, IntroOutcome.NoResponse))));
        return history with { Intros = [.. history.Intros, .. pending] };
    }

    private async Task<IReadOnlyList<string>> LastFirstInLineAsync(TeamSettings team, CancellationToken cancellationToken)
    {
        RoundRecord? last = null;
        await foreach (var round in rounds.ListAsync(team.TenantId, team.TeamId, cancellationToken))
        {
            if (last is null || string.CompareOrdinal(round.RoundId, last.RoundId) > 0)
            {
                last = round;
            }
        }

        return last?.FirstInLine ?? [];
    }

    /// <summary>
    /// How each member's answers were understood, as stored (read before the vectors, which are made of the answers and
    /// their understanding). Without them the members are matched on their own words: a round never fails because of them.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, UnderstoodAnswers>> UnderstoodAsync(TeamSettings team, IReadOnlyList<Profile> members, CancellationToken cancellationToken)
    {
        try
        {
            return await understandings.ForAsync(team.TenantId, members, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception's type only: a message could quote an answer.
            logger.LogWarning("Understandings unavailable for the round of team {TeamId} (tenant {TenantId}): {Error}; matching on the members' own words.", team.TeamId, team.TenantId, ex.GetType().Name);
            return new Dictionary<string, UnderstoodAnswers>();
        }
    }

    /// <summary>
    /// Each member's sentence vectors (stored, or embedded now within the round's budget). A member still without them
    /// is matched on their words (Meaning null): nobody is left out because a model or provider could not serve them.
    /// </summary>
    private async Task<IReadOnlyList<MatchProfile>> WithMeaningsAsync(TeamSettings team, IReadOnlyList<MatchProfile> members, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, TextMeaning> found;
        try
        {
            found = await meanings.ForAsync(team.TenantId, members, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception's type only: a provider's message could quote what it was sent.
            logger.LogWarning("Sentence vectors unavailable for the round of team {TeamId} (tenant {TenantId}): {Error}; matching every member on their words.", team.TeamId, team.TenantId, ex.GetType().Name);
            found = new Dictionary<string, TextMeaning>();
        }

        var without = members.Count(m => !found.ContainsKey(m.Id));
        if (without > 0)
        {
            logger.LogInformation(
                "Round of team {TeamId} (tenant {TenantId}): {Without} of {Members} members have no sentence vectors yet and are matched on their words.",
                team.TeamId,
                team.TenantId,
                without,
                members.Count);
        }

        return [.. members.Select(m => found.TryGetValue(m.Id, out var meaning) ? m with { Meaning = meaning.ForRound() } : m)];
    }

    private static IntroRecord ToRecord(TeamSettings team, string roundId, Intro intro, Dictionary<string, (TeamsChannelAccount Account, Profile Profile)> members, DateTimeOffset now)
    {
        var ids = new[] { intro.A, intro.B, intro.C }.OfType<string>().ToList();
        return new IntroRecord
        {
            TenantId = team.TenantId,
            TeamId = team.TeamId,
            RoundId = roundId,
            IntroId = IntroIds.For(roundId, ids),
            Parties = ids.Select(id => Party(members[id], team.ServiceUrl)).ToList(),
            Score = intro.Score,
            Reason = intro.Reason,
            ServiceUrl = team.ServiceUrl,
            ChannelId = team.IntroChannelId ?? team.TeamId,
            CreatedAt = now,
        };
    }

    private static IntroParty Party((TeamsChannelAccount Account, Profile Profile) member, string serviceUrl) => new()
    {
        MemberId = member.Profile.MemberId,
        UserId = member.Account.Id!,
        Name = member.Profile.Name ?? IntrosStrings.SomeColleague,
        UserPrincipalName = member.Account.UserPrincipalName ?? member.Account.Email,
        Accomplish = member.Profile.Accomplish,
        ConnectWith = member.Profile.ConnectWith,
        Offer = member.Profile.Offer,
        // The chat is reached through the team's endpoint, so it is used only when it was stored from the same one.
        ChatConversationId = member.Profile.Chat is { } chat && chat.UserId == member.Account.Id && chat.CameFrom(serviceUrl) ? chat.ConversationId : null,
    };
}
