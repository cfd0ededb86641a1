using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Matching;
using ConnectorBot.Storage;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Tests.Storage.Compatibility;

/// <summary>
/// Rows written by the bot before storage moved onto the Azure SDK are read by today's feature stores.
/// The rows are those of <c>legacy-connectorbot.db</c>, written by the old code (a profile, team settings,
/// an intro, an outbox item and a round); each store gets them in its own way.
/// </summary>
public abstract class LegacyRowsContract
{
    protected const string LegacyTenant = "tenant-1";
    protected const string TeamId = "19:team-1@thread.tacv2";

    private static readonly DateTimeOffset At = new DateTimeOffset(2026, 11, 2, 9, 30, 15, 123, TimeSpan.Zero).AddTicks(4567);

    public static string LegacyDatabasePath =>
        Path.Combine(Contract.AzuriteFixture.FindRepoRoot(), "bot.tests", "Storage", "Compatibility", "legacy-connectorbot.db");

    /// <summary>The tables holding the legacy rows, and the tenant they were given.</summary>
    protected abstract Task<(TableSet Tables, string TenantId)> LegacyTablesAsync();

    [Fact]
    public async Task A_legacy_profile_reads_back_whole()
    {
        var (tables, tenant) = await LegacyTablesAsync();

        var profile = await new ProfileStore(tables).GetAsync(new MemberKey(tenant, "member-a", "29:1a", "a:conv"), CancellationToken.None);

        Assert.NotNull(profile);
        Assert.Equal(("Ada Lovelace", "Ship the analytical engine", "Someone who knows looms"), (profile.Name, profile.Accomplish, profile.ConnectWith));
        Assert.True(profile.OfferSkipped);
        Assert.True(profile.Consent);
        Assert.Equal(At, profile.ConsentChangedAt);
        Assert.Equal(At, profile.AnsweredAt);
        Assert.Equal(At.AddDays(-3), profile.CreatedAt);
        Assert.True(profile.IsPausedAt(At.AddYears(100)));
        Assert.Equal(("en-GB", "Europe/London"), (profile.Locale, profile.TimeZone));
        Assert.Equal(new PersonalChat("https://smba.example/emea/", "a:conv", "29:1a", "28:bot"), profile.Chat);
        Assert.Single(await ToListAsync(new ProfileStore(tables).ListAsync(tenant, CancellationToken.None)));
    }

    [Fact]
    public async Task Legacy_team_settings_read_back_whole()
    {
        var (tables, tenant) = await LegacyTablesAsync();
        var store = new TeamSettingsStore(tables);

        var settings = await store.GetAsync(tenant, TeamId);

        Assert.NotNull(settings);
        Assert.Equal(("Engines", "19:general@thread.tacv2", "28:bot"), (settings.TeamName, settings.IntroChannelId, settings.BotId));
        Assert.Equal((Cadence.Fortnightly, DayOfWeek.Wednesday, 14), (settings.Cadence, settings.Day, settings.Hour));
        Assert.Equal((2, 30, OddHeadcountPolicy.FirstInLine, true), (settings.IntrosPerMember, settings.CooldownDays, settings.OddHeadcount, settings.Paused));
        Assert.Equal(["member-a", "member-b"], settings.Admins);
        Assert.Equal((At.AddDays(-10), At), (settings.InstalledAt, settings.LastRoundAt));
        Assert.Single(await ToListAsync(store.ListTenantAsync(tenant)));
    }

    [Fact]
    public async Task A_legacy_intro_is_found_by_state_and_by_member()
    {
        var (tables, tenant) = await LegacyTablesAsync();
        var store = new IntroStore(tables);

        var intro = Assert.Single(await ToListAsync(store.ListAsync(tenant, TeamId, IntroState.Posted)));

        Assert.Equal(("20261102T0930", "intro-1", 0.8125, "Both build engines"), (intro.RoundId, intro.IntroId, intro.Score, intro.Reason));
        Assert.Equal(["member-a", "member-b"], intro.Parties.Select(p => p.MemberId));
        Assert.Equal((Decision.Accepted, MeetingOutcome.Met), (intro.Parties[0].Decision, intro.Parties[1].Outcome));
        Assert.Equal((At, At.AddMinutes(1)), (intro.CreatedAt, intro.PostedAt));
        Assert.Empty(await ToListAsync(store.ListAsync(tenant, TeamId, IntroState.Connected)));
        Assert.Single(await ToListAsync(store.ListFromRoundAsync(tenant, TeamId, "20261102T0000")));
        Assert.Empty(await ToListAsync(store.ListFromRoundAsync(tenant, TeamId, "20261103T0000")));
        Assert.Equal(["intro-1"], (await store.ListNamingAsync(new MemberKey(tenant, "member-b", "29:1b", null), CancellationToken.None)).Select(i => i.IntroId));
    }

    [Fact]
    public async Task A_legacy_outbox_item_is_still_pending()
    {
        var (tables, tenant) = await LegacyTablesAsync();

        var item = Assert.Single(await ToListAsync(new OutboxStore(tables).ListPendingAsync(tenant, TeamId)));

        Assert.Equal((OutboxKind.FollowUp, "followup|intro-1", "intro-1", "member-b"), (item.Kind, item.Key, item.IntroId, item.MemberId));
        Assert.Equal((2, At.AddHours(1), "429 TooManyRequests", false), (item.Attempts, item.NotBefore, item.LastError, item.Done));
    }

    [Fact]
    public async Task A_legacy_round_reads_back_whole()
    {
        var (tables, tenant) = await LegacyTablesAsync();

        var round = Assert.Single(await ToListAsync(new RoundStore(tables).ListAsync(tenant, TeamId)));

        Assert.Equal(("20261102T0930", At, 3, 1), (round.RoundId, round.SlotAt, round.Members, round.Intros));
        Assert.Equal(["member-c"], round.FirstInLine);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
