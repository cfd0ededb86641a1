using System.Net;

using Azure.Data.Tables;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Storage;
using ConnectorBot.Teams.Install;
using ConnectorBot.Teams.Settings;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Storage.Contract;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Teams.Install;

/// <summary>
/// A team's life with the bot, through /api/messages: the welcome on install, removal (bot removed, team deleted,
/// app uninstalled) stopping its rounds, the retention sweep erasing it after the configured days, and a re-install
/// or restore within them carrying on with its settings. Run on each store by a small subclass.
/// </summary>
public abstract class TeamLifecycleContract : IAsyncLifetime
{
    private const int RetentionDays = 30;

    protected abstract string? StorageConnectionString { get; }

    private AdminTeam Team { get; set; } = null!;

    private IEnumerable<Activity> Welcomes => Team.Bot.Connector.OutgoingActivities
        .Where(a => a.Conversation?.Id == AdminTeam.TeamId && a.Text?.Contains("@ConnectorBot settings", StringComparison.Ordinal) == true);

    public async Task InitializeAsync() =>
        Team = await AdminTeam.StartAsync(StorageConnectionString, new Dictionary<string, string?> { ["Admin:RetentionDays"] = RetentionDays.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public async Task DisposeAsync() => await Team.DisposeAsync();

    [Fact]
    public async Task Installing_welcomes_the_team_once_in_General_naming_the_installer_as_admin()
    {
        var welcome = Assert.Single(Welcomes);
        Assert.Equal(InstallWelcome.Text(Team.Ada.Name), welcome.Text);
        Assert.Contains("Ada Admin added me", welcome.Text, StringComparison.Ordinal);
        Assert.Equal("markdown", welcome.TextFormat);
        Assert.Null(welcome.ReplyToId);

        // Teams repeats itself (a second conversationUpdate, an installationUpdate): no second welcome.
        await PostAsync(Team.Install(Team.Ada));
        await PostAsync(Team.TeamEvent(Team.Ada, "teamMemberAdded") with { Type = ActivityTypes.InstallationUpdate, Action = "add" });

        Assert.Single(Welcomes);
        var settings = await SettingsAsync();
        Assert.Equal([Team.Ada.AadObjectId!], settings!.Admins);
        Assert.Equal("group-" + Team.TenantId, settings.AadGroupId);
        Assert.Null(settings.UninstalledAt);
    }

    [Fact]
    public async Task The_group_id_comes_from_the_team_details_when_the_event_lacks_it()
    {
        const string otherTeam = "19:other-team@thread.tacv2";
        Team.Bot.Connector.AddTeam(new TeamDetails(otherTeam, "Other", "group-other"));
        var install = Team.Install(Team.Ben) with
        {
            Conversation = new ConversationAccount { Id = otherTeam, ConversationType = "channel", IsGroup = true, TenantId = Team.TenantId },
            ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(new { tenant = new { id = Team.TenantId }, team = new { id = otherTeam }, eventType = "teamMemberAdded" }),
        };

        await PostAsync(install);

        var settings = await Team.Teams.GetAsync(Team.TenantId, otherTeam);
        Assert.Equal("group-other", settings!.AadGroupId);
        Assert.Equal([Team.Ben.AadObjectId!], settings.Admins);
        Assert.Single(Team.Bot.Connector.OutgoingActivities, a => a.Conversation?.Id == otherTeam);
    }

    [Theory]
    [InlineData("bot removed")]
    [InlineData("team deleted")]
    [InlineData("app uninstalled")]
    public async Task Removing_the_bot_stops_the_teams_rounds_and_posts(string how)
    {
        await AddPairAsync();
        var removedAt = Team.Clock.GetUtcNow();

        await PostAsync(Removal(how));

        Assert.Equal(removedAt, (await SettingsAsync())!.UninstalledAt);
        var sent = Team.Bot.Connector.OutgoingActivities.Count;
        Team.Clock.Advance(TimeSpan.FromDays(8));
        await Team.TickAsync();

        Assert.Empty(Team.Bot.Connector.CallsTo(FakeRoute.CreateConversation));
        Assert.Equal(sent, Team.Bot.Connector.OutgoingActivities.Count);
        Assert.Equal(0, await RowsAsync(RoundStore.TableName));
        Assert.NotNull(await SettingsAsync());
    }

    [Fact]
    public async Task A_second_removal_event_keeps_the_first_removal_time()
    {
        var removedAt = Team.Clock.GetUtcNow();
        await PostAsync(Removal("bot removed"));
        Team.Clock.Advance(TimeSpan.FromMinutes(1));

        await PostAsync(Removal("app uninstalled"));

        Assert.Equal(removedAt, (await SettingsAsync())!.UninstalledAt);
    }

    [Fact]
    public async Task The_teams_data_is_kept_for_the_retention_period_then_erased()
    {
        await AddPairAsync();
        Team.Clock.Advance(TimeSpan.FromDays(8));
        await Team.TickAsync();
        Assert.Equal(1, await RowsAsync(RoundStore.TableName));
        Assert.True(await RowsAsync(IntroStore.TableName) > 0);
        Assert.True(await RowsAsync(OutboxStore.TableName) > 0);
        var history = Team.Services.GetRequiredService<PairHistoryStore>();
        await history.RecordAsync(Team.TenantId, Team.Ada.AadObjectId!, Team.Ben.AadObjectId!, PairOutcome.Connected, Team.Clock.GetUtcNow());

        await PostAsync(Removal("bot removed"));
        Team.Clock.Advance(TimeSpan.FromDays(RetentionDays - 1));
        await Team.TickAsync();

        Assert.NotNull(await SettingsAsync());
        Assert.Equal(1, await RowsAsync(RoundStore.TableName));
        Assert.True(await RowsAsync(IntroStore.TableName) > 0);

        Team.Clock.Advance(TimeSpan.FromDays(2));
        await Team.TickAsync();

        Assert.Null(await SettingsAsync());
        Assert.Equal(0, await RowsAsync(RoundStore.TableName));
        Assert.Equal(0, await RowsAsync(IntroStore.TableName));
        Assert.Equal(0, await RowsAsync(OutboxStore.TableName));

        // Pair history is the tenant's (other teams' matches use it), and members keep their answers.
        var kept = await history.LoadForMatchingAsync(Team.TenantId, [Team.Ada.AadObjectId!, Team.Ben.AadObjectId!], []);
        Assert.Single(kept.Intros);
        Assert.NotNull(await Team.Services.GetRequiredService<ProfileStore>().GetAsync(new ConnectorBot.Interview.MemberKey(Team.TenantId, Team.Ada.AadObjectId!, Team.Ada.Id!, null), default));
    }

    [Fact]
    public async Task A_reinstall_within_the_retention_period_keeps_the_settings_and_welcomes_again()
    {
        await Team.Teams.UpdateAsync(Team.TenantId, AdminTeam.TeamId, t => t! with { Cadence = Cadence.Monthly, IntroChannelId = AdminTeam.IntrosChannelId });
        await PostAsync(Removal("team deleted"));
        Team.Clock.Advance(TimeSpan.FromDays(10));

        await PostAsync(Team.Install(Team.Ben));

        var settings = await SettingsAsync();
        Assert.Null(settings!.UninstalledAt);
        Assert.Equal(Cadence.Monthly, settings.Cadence);
        Assert.Equal(AdminTeam.IntrosChannelId, settings.IntroChannelId);
        Assert.Equal([Team.Ada.AadObjectId!, Team.Ben.AadObjectId!], settings.Admins);
        Assert.Equal(2, Welcomes.Count());
        Assert.Contains("Ben Member added me", Welcomes.Last().Text, StringComparison.Ordinal);

        // Installed again: the sweep leaves it alone however long it runs.
        Team.Clock.Advance(TimeSpan.FromDays(RetentionDays + 1));
        await Team.TickAsync();
        Assert.NotNull(await SettingsAsync());
    }

    [Fact]
    public async Task A_restored_team_carries_on_without_a_new_welcome()
    {
        await PostAsync(Removal("team deleted"));
        Team.Clock.Advance(TimeSpan.FromDays(3));

        await PostAsync(Team.TeamEvent(Team.Ada, "teamRestored"));

        Assert.Null((await SettingsAsync())!.UninstalledAt);
        Assert.Single(Welcomes);
    }

    [Fact]
    public async Task Installing_after_the_data_was_erased_starts_afresh()
    {
        await Team.Teams.UpdateAsync(Team.TenantId, AdminTeam.TeamId, t => t! with { Cadence = Cadence.Monthly });
        await PostAsync(Removal("bot removed"));
        Team.Clock.Advance(TimeSpan.FromDays(RetentionDays + 1));
        await Team.TickAsync();
        Assert.Null(await SettingsAsync());

        await PostAsync(Team.Install(Team.Ben));

        var settings = await SettingsAsync();
        Assert.Equal([Team.Ben.AadObjectId!], settings!.Admins);
        Assert.Equal(Cadence.Weekly, settings.Cadence);
        Assert.Equal(Team.Clock.GetUtcNow(), settings.InstalledAt);
        Assert.Equal(2, Welcomes.Count());
    }

    private Activity Removal(string how) => how switch
    {
        "bot removed" => Team.TeamEvent(Team.Ada, "teamMemberRemoved") with { MembersRemoved = [TeamsActivities.Bot] },
        "team deleted" => Team.TeamEvent(Team.Ada, "teamDeleted"),
        "app uninstalled" => Team.TeamEvent(Team.Ada, "teamMemberRemoved") with { Type = ActivityTypes.InstallationUpdate, Action = "remove" },
        _ => throw new ArgumentOutOfRangeException(nameof(how)),
    };

    private async Task PostAsync(Activity activity)
    {
        using var response = await Team.Bot.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<TeamSettings?> SettingsAsync() => Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId);

    // Two members who help each other, so a due round makes one intro.
    private async Task AddPairAsync()
    {
        await Team.AddProfileAsync(Team.Ada, "Hire more veterans into engineering.", "someone who has come out of the armed services and knows where veterans look for jobs", "If the hiring manager is ready, I can get an offer out within a week.");
        await Team.AddProfileAsync(Team.Ben, "Fill two maintenance engineer roles before winter.", "someone in recruitment who can make us decide faster", "Ex-Royal Navy marine engineer. I still run the veterans' network.");
    }

    /// <summary>Every row of the team's partition in a per-team table, done or not.</summary>
    private async Task<int> RowsAsync(string tableName)
    {
        var table = await Team.Bot.Storage.OpenTableAsync(tableName);
        var count = 0;
        await foreach (var unused in table.QueryAsync<TableEntity>(TeamPartition.EqualsFilter(Team.TenantId, AdminTeam.TeamId)))
        {
            count++;
        }

        return count;
    }
}

public sealed class EmbeddedTeamLifecycleTests : TeamLifecycleContract
{
    protected override string? StorageConnectionString => null;
}

[Collection(AzuriteRoundsCollection.Name)]
public sealed class AzuriteTeamLifecycleTests(AzuriteFixture azurite) : TeamLifecycleContract
{
    protected override string? StorageConnectionString => azurite.ConnectionString;
}
