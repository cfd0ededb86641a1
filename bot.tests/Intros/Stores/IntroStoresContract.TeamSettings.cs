using ConnectorBot.Matching;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Tests.Intros.Stores;

public abstract partial class IntroStoresContract
{
    private const string TeamId = "19:Xr5e2c2bq3Yh1kcq-Lx0c9VHIbJjXb4yPb0@thread.tacv2";

    [Fact]
    public async Task Team_settings_round_trip_every_field()
    {
        var store = new TeamSettingsStore(Tables);
        var tenant = NewTenant();
        var settings = new TeamSettings
        {
            TenantId = tenant,
            TeamId = TeamId,
            TeamName = "Ventes & Marketing — Zürich 🍵",
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            BotId = "28:bot-app-id",
            IntroChannelId = "19:channel;messageid=1@thread.tacv2",
            Cadence = Cadence.Fortnightly,
            Day = DayOfWeek.Thursday,
            Hour = 14,
            TimeZone = "Europe/Zurich",
            IntrosPerMember = 2,
            CooldownDays = 60,
            OddHeadcount = OddHeadcountPolicy.Trio,
            Paused = true,
            ExpiryDays = 5,
            FollowUpDays = 10,
            Admins = ["aad-admin-1", "aad-admin-2"],
            InstalledAt = new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero),
            LastRoundAt = new DateTimeOffset(2026, 3, 5, 13, 0, 0, TimeSpan.Zero),
        };

        await store.UpdateAsync(tenant, TeamId, _ => settings);
        var read = await store.GetAsync(tenant, TeamId);

        Assert.NotNull(read);
        Assert.Equal(settings.Admins, read.Admins);
        Assert.Equal(settings, read with { Admins = settings.Admins });
    }

    [Fact]
    public async Task Team_settings_update_returning_null_writes_nothing()
    {
        var store = new TeamSettingsStore(Tables);
        var tenant = NewTenant();

        var result = await store.UpdateAsync(tenant, TeamId, _ => null);

        Assert.Null(result);
        Assert.Null(await store.GetAsync(tenant, TeamId));
    }

    [Fact]
    public async Task Team_settings_parallel_updates_all_survive()
    {
        var store = new TeamSettingsStore(Tables);
        var tenant = NewTenant();
        await store.UpdateAsync(tenant, TeamId, _ => Settings(tenant, TeamId));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => store.UpdateAsync(tenant, TeamId, current => current! with { Admins = [.. current.Admins, "admin-" + i] })));

        var read = await store.GetAsync(tenant, TeamId);
        Assert.Equal(Enumerable.Range(0, 8).Select(i => "admin-" + i).Order(StringComparer.Ordinal), read!.Admins.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Team_settings_list_all_sees_every_team_of_every_tenant()
    {
        var store = new TeamSettingsStore(Tables);
        var (t1, t2) = (NewTenant(), NewTenant());
        foreach (var (tenant, team) in new[] { (t1, "19:a@thread.tacv2"), (t1, "19:b@thread.skype"), (t2, "19:c;x@thread.tacv2") })
        {
            await store.UpdateAsync(tenant, team, _ => Settings(tenant, team));
        }

        var mine = (await ToListAsync(store.ListAllAsync())).Where(s => s.TenantId == t1 || s.TenantId == t2).Select(s => (s.TenantId, s.TeamId)).ToHashSet();

        Assert.Equal(new HashSet<(string, string)> { (t1, "19:a@thread.tacv2"), (t1, "19:b@thread.skype"), (t2, "19:c;x@thread.tacv2") }, mine);
    }

    private static TeamSettings Settings(string tenant, string team) => new()
    {
        TenantId = tenant,
        TeamId = team,
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
    };
}
