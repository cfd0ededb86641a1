using System.Net;
using System.Text.Json;

using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Privacy;
using ConnectorBot.Teams;
using ConnectorBot.Teams.Admins;
using ConnectorBot.Teams.Settings;
using ConnectorBot.Tests.Privacy;
using ConnectorBot.Tests.Storage.Contract;
using ConnectorBot.Tests.Teams.Owners;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Teams.Install;

/// <summary>
/// Admin ids are personal data: through the member's own "export" and "forget me" in personal chat, the teams that
/// name them as admin are listed (without the other admins), and forgetting takes them off every Admins list of their
/// tenant. Run on each store by a small subclass.
/// </summary>
public abstract class AdminMemberDataContract : IAsyncLifetime
{
    private const string SecondTeamId = "19:second-team@thread.tacv2";
    private const string ThirdTeamId = "19:third-team@thread.tacv2";

    protected abstract string? StorageConnectionString { get; }

    private AdminTeam Team { get; set; } = null!;

    private string OtherTenant => "other-" + Team.TenantId;

    private string AdaChat => "a:1personal-" + Team.Ada.Id;

    public async Task InitializeAsync()
    {
        Team = await AdminTeam.StartAsync(StorageConnectionString, services: ProbeCommand.AddTo);
        await Team.AddProfileAsync(Team.Ada, "Hire more veterans into engineering.", "someone who knows where veterans look for jobs", "Fast offers.");

        // Ada also runs a second team (with Ben), not a third; and someone with her id in another tenant is not her.
        await SeedTeamAsync(Team.TenantId, SecondTeamId, [Team.Ben.AadObjectId!, Team.Ada.AadObjectId!]);
        await SeedTeamAsync(Team.TenantId, ThirdTeamId, [Team.Ben.AadObjectId!]);
        await SeedTeamAsync(OtherTenant, AdminTeam.TeamId, [Team.Ada.AadObjectId!]);
    }

    public async Task DisposeAsync() => await Team.DisposeAsync();

    [Fact]
    public async Task Export_lists_the_teams_that_name_the_member_as_admin()
    {
        var file = await AdaExportsAsync();

        using var json = JsonDocument.Parse(file);
        var rows = json.RootElement.GetProperty("tables").GetProperty(TeamSettingsStore.TableName).EnumerateArray().ToList();
        Assert.Equal([SecondTeamId, AdminTeam.TeamId], rows.Select(r => r.GetProperty("TeamId").GetString()).Order(StringComparer.Ordinal));
        Assert.All(rows, r =>
        {
            Assert.Equal(Team.TenantId, r.GetProperty("TenantId").GetString());
            Assert.Equal("admin", r.GetProperty("Role").GetString());
            Assert.False(r.TryGetProperty("Admins", out _));
        });
        Assert.DoesNotContain(Team.Ben.AadObjectId!, file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_summary_counts_the_teams_the_member_is_an_admin_of_in_plain_words()
    {
        var before = Team.Bot.Connector.OutgoingActivities.Count;
        await AdaSaysAsync("export");

        var card = Team.Bot.SentSince(before).First(a => a.Conversation?.Id == AdaChat && a.Attachments?.FirstOrDefault()?.ContentType == Attachment.AdaptiveCardContentType);
        var text = card.Attachments![0].Content!.Value.GetRawText();
        Assert.Contains(JsonSerializer.Serialize(new { title = PrivacyStrings.TeamsAdmin, value = "2" }), text, StringComparison.Ordinal);
        Assert.DoesNotContain(TeamSettingsStore.TableName + "\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(AdminTeam.TeamId, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_me_takes_the_member_off_every_admins_list_of_their_tenant()
    {
        Assert.Equal(InterviewStrings.ForgetAsk, (await AdaSaysAsync("forget me"))[0]);
        Assert.Equal([InterviewStrings.Forgotten], await AdaSaysAsync("yes"));

        Assert.Empty((await Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId))!.Admins);
        Assert.Equal([Team.Ben.AadObjectId!], (await Team.Teams.GetAsync(Team.TenantId, SecondTeamId))!.Admins);
        Assert.Equal([Team.Ben.AadObjectId!], (await Team.Teams.GetAsync(Team.TenantId, ThirdTeamId))!.Admins);
        Assert.Equal([Team.Ada.AadObjectId!], (await Team.Teams.GetAsync(OtherTenant, AdminTeam.TeamId))!.Admins);

        // The rest of each team's settings stand, and Ada is no longer let in.
        Assert.Equal("Contoso", (await Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId))!.TeamName);
        await Team.MentionAsync(Team.Ada, ProbeCommand.Word);
        Assert.Equal(AdminStrings.NoAdmin, Team.Bot.SentTexts[^1]);
    }

    [Fact]
    public async Task The_only_admin_is_warned_and_after_forget_me_someone_in_the_team_claims_it_back()
    {
        Assert.Equal(InterviewStrings.ForgetAsk, (await AdaSaysAsync("forget me"))[0]);

        // The confirmation names the team she alone runs (Contoso), not the one Ben runs with her.
        var card = AdminTeam.TextOf(Team.SentCards[^1]);
        Assert.Contains("only ConnectorBot admin of Contoso", card, StringComparison.Ordinal);
        Assert.Contains("claim", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Seeded", card, StringComparison.Ordinal);
        Assert.Equal([InterviewStrings.Forgotten], await AdaSaysAsync("yes"));

        // Everyone is told how the team gets an admin back, rather than "only admins can do that".
        await Team.MentionAsync(Team.Ben, "settings");
        Assert.Equal(AdminStrings.NoAdmin, Team.Bot.SentTexts[^1]);

        await Team.MentionAsync(Team.Ben, "claim");
        Assert.Equal(ConnectorBot.Teams.Admins.AdminsStrings.Claimed(Team.Ben.Name!), Team.Bot.SentTexts[^1]);
        Assert.Equal([Team.Ben.AadObjectId!], (await Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId))!.Admins);
        await Team.MentionAsync(Team.Ben, ProbeCommand.Word);
        Assert.Equal(ProbeCommand.Answer, Team.Bot.SentTexts[^1]);

        // Once the team has an admin, nobody else can claim it.
        await Team.MentionAsync(Team.Ada, "claim");
        Assert.Equal(AdminStrings.AlreadyHasAdmin, Team.Bot.SentTexts[^1]);
        Assert.Equal([Team.Ben.AadObjectId!], (await Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId))!.Admins);
    }

    [Fact]
    public async Task A_member_who_is_not_the_only_admin_gets_no_warning()
    {
        await Team.MentionAsync(Team.Ada, "admins add", mentions: Team.Ben);

        await AdaSaysAsync("forget me");

        Assert.DoesNotContain("claim", AdminTeam.TextOf(Team.SentCards[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_store_forgets_case_insensitively_and_counts_the_teams_it_changed()
    {
        var data = Team.Services.GetServices<IMemberData>().OfType<TeamAdminData>().Single();
        var member = new MemberKey(Team.TenantId, Team.Ada.AadObjectId!.ToUpperInvariant(), Team.Ada.Id!, null);

        Assert.Equal(2, await data.EraseAsync(member, default));
        Assert.Equal(0, await data.EraseAsync(member, default));
        Assert.Empty(await data.ExportAsync(member, default));
    }

    [Fact]
    public async Task An_admin_who_never_answered_can_still_export_and_be_forgotten()
    {
        var ada = new MemberKey(Team.TenantId, Team.Ada.AadObjectId!, Team.Ada.Id!, null);
        await Team.Services.GetRequiredService<ProfileStore>().EraseAsync(ada, default);

        Assert.Contains(AdminTeam.TeamId, await AdaExportsAsync(), StringComparison.Ordinal);

        Assert.Equal(InterviewStrings.ForgetAsk, (await AdaSaysAsync("forget me"))[0]);
        Assert.Equal([InterviewStrings.Forgotten], await AdaSaysAsync("yes"));
        Assert.Empty((await Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId))!.Admins);
        Assert.Equal([InterviewStrings.NothingStored], await AdaSaysAsync("export"));
    }

    /// <summary>"export" as Ada, then Allow on the file consent card: the file as it reached the upload session.</summary>
    private async Task<string> AdaExportsAsync()
    {
        var before = Team.Bot.Connector.OutgoingActivities.Count;
        await AdaSaysAsync("export");
        var consent = ExportFiles.ConsentCard(Team.Bot.SentSince(before).Where(a => a.Conversation?.Id == AdaChat));
        return await ExportFiles.AllowAndReadUploadAsync(Team.Bot, AdaMessage(string.Empty), consent);
    }

    private Activity AdaMessage(string text) => Team.Bot.Teams.PersonalMessage(text) with
    {
        From = AdminTeam.Account(Team.Ada),
        Conversation = new ConversationAccount { Id = AdaChat, ConversationType = "personal", TenantId = Team.TenantId },
    };

    private async Task<IReadOnlyList<string>> AdaSaysAsync(string text)
    {
        var before = Team.Bot.Connector.OutgoingActivities.Count;
        using var response = await Team.Bot.PostAsync(AdaMessage(text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Team.Bot.SentSince(before).Where(a => a.Conversation?.Id == AdaChat).Select(a => a.Text ?? string.Empty).ToList();
    }

    private Task SeedTeamAsync(string tenantId, string teamId, List<string> admins) =>
        Team.Teams.UpdateAsync(tenantId, teamId, _ => new ConnectorBot.Teams.Settings.TeamSettings
        {
            TenantId = tenantId,
            TeamId = teamId,
            TeamName = "Seeded",
            ServiceUrl = Team.Bot.Connector.ServiceUrl.ToString(),
            Admins = admins,
            InstalledAt = Team.Clock.GetUtcNow(),
        });
}

public sealed class EmbeddedAdminMemberDataTests : AdminMemberDataContract
{
    protected override string? StorageConnectionString => null;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteAdminMemberDataTests(AzuriteFixture azurite) : AdminMemberDataContract
{
    protected override string? StorageConnectionString => azurite.ConnectionString;
}
