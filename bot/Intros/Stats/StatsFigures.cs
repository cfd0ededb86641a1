using ConnectorBot.Interview;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Intros.Stats;

/// <summary>How far the team's roster has come: from on the team to sharing in intros.</summary>
public sealed record MemberFigures(int OnRoster, int Invited, int Answered, int Sharing, int Paused);

/// <summary>What one round's intros became. Planned intros (not yet in the channel) count in <see cref="Intros"/> only.</summary>
public sealed record RoundFigures
{
    public required string RoundId { get; init; }

    public DateTimeOffset SlotAt { get; init; }

    /// <summary>Every intro the round suggested.</summary>
    public int Intros { get; init; }

    /// <summary>Intros that reached the channel.</summary>
    public int Posted { get; init; }

    /// <summary>Accepted by everyone named.</summary>
    public int Connected { get; init; }

    public int Passed { get; init; }

    public int Expired { get; init; }

    /// <summary>In the channel, still waiting for answers.</summary>
    public int Open { get; init; }

    /// <summary>Connected intros where someone answered the follow-up with "met" or "helped".</summary>
    public int Met { get; init; }

    /// <summary>Of the posted, those sent 1:1 to the people named (beyond the team's channel limit).</summary>
    public int SentPrivately { get; init; }

    /// <summary>The share of posted intros accepted by everyone, in whole percent; null when nothing was posted.</summary>
    public int? AcceptedPercent => StatsFigures.Percent(Connected, Posted);
}

/// <summary>
/// The team's stats, computed from <see cref="StatsData"/> alone (no I/O), so every figure can be tested directly:
/// the member funnel on the roster, and the newest rounds' outcomes with their acceptance rate.
/// </summary>
public sealed record StatsFigures
{
    /// <summary>Enough rounds to see a trend and keep the card short.</summary>
    public const int MaxRounds = 8;

    /// <summary>Null when the roster could not be read.</summary>
    public MemberFigures? Members { get; init; }

    /// <summary>Newest first, at most <see cref="MaxRounds"/>.</summary>
    public IReadOnlyList<RoundFigures> Rounds { get; init; } = [];

    /// <summary>When the next round runs (never before now); null while paused or without an intro channel.</summary>
    public DateTimeOffset? NextRoundAt { get; init; }

    public bool Paused { get; init; }

    /// <summary>The acceptance rate over the rounds shown; null when none of them posted anything.</summary>
    public int? AcceptedPercent => Percent(Rounds.Sum(r => r.Connected), Rounds.Sum(r => r.Posted));

    public static StatsFigures From(StatsData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new StatsFigures
        {
            Members = data.Roster is null ? null : CountMembers(data),
            Rounds = CountRounds(data),
            NextRoundAt = NextRound(data.Team, data.Now),
            Paused = data.Team.Paused,
        };
    }

    internal static int? Percent(int part, int whole) =>
        whole == 0 ? null : (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);

    private static MemberFigures CountMembers(StatsData data)
    {
        var profiles = new Dictionary<string, Profile>(StringComparer.Ordinal);
        foreach (var profile in data.Profiles)
        {
            profiles[profile.MemberId] = profile;
        }

        var sessions = data.SessionMemberIds.ToHashSet(StringComparer.Ordinal);
        int onRoster = 0, invited = 0, answered = 0, sharing = 0, paused = 0;
        foreach (var member in data.Roster!.DistinctBy(m => m.EntraObjectId ?? m.Id, StringComparer.Ordinal))
        {
            // Profiles are keyed by the Entra object id, or the Teams user id where a channel gives none.
            string?[] ids = [member.EntraObjectId, member.Id];
            var keys = ids.OfType<string>().ToList();
            if (keys.Count == 0)
            {
                continue;
            }

            onRoster++;
            var profile = keys.Select(k => profiles.GetValueOrDefault(k)).FirstOrDefault(p => p is not null);
            if (profile is null && !keys.Any(sessions.Contains))
            {
                continue;
            }

            invited++;
            if (profile is { IsComplete: true })
            {
                answered++;
                sharing += profile.Consent == true ? 1 : 0;
            }

            paused += profile?.IsPausedAt(data.Now) == true ? 1 : 0;
        }

        return new MemberFigures(onRoster, invited, answered, sharing, paused);
    }

    private static List<RoundFigures> CountRounds(StatsData data)
    {
        var intros = data.Intros.ToLookup(i => i.RoundId, StringComparer.Ordinal);
        return data.Rounds
            .DistinctBy(r => r.RoundId, StringComparer.Ordinal)
            .OrderByDescending(r => r.RoundId, StringComparer.Ordinal)
            .Take(MaxRounds)
            .Select(r => CountRound(r, intros[r.RoundId]))
            .ToList();
    }

    private static RoundFigures CountRound(RoundRecord round, IEnumerable<IntroRecord> intros)
    {
        var list = intros.ToList();
        return new RoundFigures
        {
            RoundId = round.RoundId,
            SlotAt = round.SlotAt,
            Intros = list.Count,
            Posted = list.Count(i => i.State != IntroState.Planned),
            Connected = list.Count(i => i.State == IntroState.Connected),
            Passed = list.Count(i => i.State == IntroState.Passed),
            Expired = list.Count(i => i.State == IntroState.Expired),
            Open = list.Count(i => i.State == IntroState.Posted),
            Met = list.Count(i => i.State == IntroState.Connected && i.Parties.Any(p => p.Outcome is MeetingOutcome.Met or MeetingOutcome.Helped)),
            SentPrivately = list.Count(i => i.State != IntroState.Planned && i.Delivery == IntroDelivery.Private),
        };
    }

    private static DateTimeOffset? NextRound(TeamSettings team, DateTimeOffset now)
    {
        if (team.Paused || team.IntroChannelId is null)
        {
            return null;
        }

        // A slot already due runs at the scheduler's next pass: that is now, not a date in the past.
        var slot = RoundSchedule.NextSlot(team, team.LastRoundAt ?? team.InstalledAt);
        return slot > now ? slot : now;
    }
}
