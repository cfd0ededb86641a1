using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Interview;
using ConnectorBot.Intros;
using ConnectorBot.Intros.Stats;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Tests.Intros.Stats;

/// <summary>Data as the stats reader would return it: a team, roster members, profiles, rounds and intros.</summary>
internal static class StatsSamples
{
    public const string Tenant = "tenant-stats";
    public const string Team = "19:team-stats@thread.tacv2";

    /// <summary>A Wednesday; the team's default slot is Monday 09:00 UTC.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 18, 12, 0, 0, TimeSpan.Zero);

    public static TeamSettings SampleTeam(string? name = "Contoso") => new()
    {
        TenantId = Tenant,
        TeamId = Team,
        TeamName = name,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        IntroChannelId = Team,
        InstalledAt = Now,
    };

    public static StatsData Data(TeamSettings? team = null) => new() { Team = team ?? SampleTeam(), Now = Now, Roster = [] };

    public static TeamsChannelAccount Member(string id) => new() { Id = "29:1" + id, AadObjectId = "aad-" + id, Name = id };

    public static Profile Profile(string id, bool complete = true, bool? consent = true, DateTimeOffset? pausedUntil = null) => new()
    {
        TenantId = Tenant,
        MemberId = "aad-" + id,
        Name = id,
        Accomplish = complete ? "Get shop-floor checks off paper." : "Half an answer",
        ConnectWith = complete ? "Someone who has done it." : null,
        Offer = complete ? "Warehouse Wi-Fi." : null,
        Consent = consent,
        PausedUntil = pausedUntil,
    };

    public static RoundRecord Round(string roundId) => new()
    {
        TenantId = Tenant,
        TeamId = Team,
        RoundId = roundId,
        SlotAt = DateTimeOffset.ParseExact(roundId, "yyyyMMdd'T'HHmm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal),
    };

    private static int _next;

    public static IntroRecord Intro(string roundId, IntroState state, MeetingOutcome? outcomeA = null, MeetingOutcome? outcomeB = null) => new()
    {
        TenantId = Tenant,
        TeamId = Team,
        RoundId = roundId,
        IntroId = roundId + "-" + Interlocked.Increment(ref _next),
        Parties =
        [
            new IntroParty { MemberId = "aad-a", UserId = "29:1a", Name = "A", Outcome = outcomeA },
            new IntroParty { MemberId = "aad-b", UserId = "29:1b", Name = "B", Outcome = outcomeB },
        ],
        Reason = "Both like tea.",
        State = state,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        ChannelId = Team,
    };

    /// <summary>Intros of one round: so many in each state.</summary>
    public static IEnumerable<IntroRecord> IntrosIn(string roundId, int planned = 0, int open = 0, int connected = 0, int passed = 0, int expired = 0) =>
        Enumerable.Repeat(IntroState.Planned, planned)
            .Concat(Enumerable.Repeat(IntroState.Posted, open))
            .Concat(Enumerable.Repeat(IntroState.Connected, connected))
            .Concat(Enumerable.Repeat(IntroState.Passed, passed))
            .Concat(Enumerable.Repeat(IntroState.Expired, expired))
            .Select(state => Intro(roundId, state));
}
