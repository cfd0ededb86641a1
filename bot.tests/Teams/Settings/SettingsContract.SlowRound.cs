using System.Text.Json;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Intros;
using ConnectorBot.Intros.MatchNow;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Storage;
using ConnectorBot.Teams;
using ConnectorBot.Teams.Settings;
using ConnectorBot.Tests.BotFramework;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Teams.Settings;

/// <summary>
/// Issue 17: a big team's plan and round outlast Teams' patience with an invoke. The preview answers within its wait and
/// follows in the admin's 1:1 chat; Post answers within its wait and the round finishes in the background, its intros
/// posted as usual.
/// </summary>
public abstract partial class SettingsContract
{
    [Fact]
    public async Task Match_now_answers_at_once_when_the_round_outlasts_its_wait_and_the_round_still_posts_its_intros()
    {
        // No wait at all: every round outlasts it, as a 6,000-member team's outlasts the default 3 s.
        await using var team = await AdminTeam.StartAsync(StorageConnectionString, new Dictionary<string, string?> { ["Intros:MatchNowAnswerWithin"] = "00:00:00" });
        var members = new List<TeamsChannelAccount>();
        for (var i = 0; i < People.Length; i++)
        {
            var member = new TeamsChannelAccount { Id = $"29:1slow-{i}-{team.TenantId}", Name = People[i].Name, AadObjectId = $"aad-slow-{i}-{team.TenantId}" };
            members.Add(member);
            await team.AddProfileAsync(member, People[i].Accomplish, People[i].ConnectWith, People[i].Offer);
        }

        team.Bot.Connector.AddMembers(AdminTeam.TeamId, members);
        await team.ExecuteAsync(team.Ada, SettingsVerbs.Save, Fields(Valid()));
        var preview = await PreviewSentPrivatelyAsync(team);
        var roundId = Verb(preview, SettingsVerbs.MatchPost).GetProperty(SettingsVerbs.RoundIdKey).GetString()!;

        var answer = AdminTeam.CardOf(await team.ExecuteAsync(team.Ada, SettingsVerbs.MatchPost, Verb(preview, SettingsVerbs.MatchPost)));
        Assert.Contains(SettingsStrings.StillPosting, AdminTeam.TextOf(answer), StringComparison.Ordinal);

        await team.Services.GetRequiredService<PostingRounds>().WhenIdleAsync(CancellationToken.None);
        var round = await team.Services.GetRequiredService<RoundStore>().GetAsync(team.TenantId, AdminTeam.TeamId, roundId);
        Assert.Equal(2, round!.Intros);

        // Woken when the round was written, the outbox posts both intros in the channel without waiting for the scheduler.
        await team.Bot.Connector.WaitForCallsAsync(FakeRoute.CreateConversation, 2, IsChannelPost);
        Assert.Equal(2, team.Bot.Connector.CallsTo(FakeRoute.CreateConversation).Count(IsChannelPost));

        // A second press runs nothing twice (here it too is answered before its check, which finds the round done).
        await team.ExecuteAsync(team.Ada, SettingsVerbs.MatchPost, Verb(preview, SettingsVerbs.MatchPost));
        await team.Services.GetRequiredService<PostingRounds>().WhenIdleAsync(CancellationToken.None);
        Assert.Equal(2, team.Bot.Connector.CallsTo(FakeRoute.CreateConversation).Count(IsChannelPost));
    }

    [Fact]
    public async Task A_preview_that_outlasts_its_wait_goes_to_the_admin_alone_and_nothing_reaches_the_channel()
    {
        await using var team = await AdminTeam.StartAsync(StorageConnectionString, new Dictionary<string, string?> { ["Intros:MatchNowAnswerWithin"] = "00:00:00" });
        var members = People.Select((p, i) => new TeamsChannelAccount { Id = $"29:1plan-{i}-{team.TenantId}", Name = p.Name, AadObjectId = $"aad-plan-{i}-{team.TenantId}" }).ToList();
        for (var i = 0; i < members.Count; i++)
        {
            await team.AddProfileAsync(members[i], People[i].Accomplish, People[i].ConnectWith, People[i].Offer);
        }

        team.Bot.Connector.AddMembers(AdminTeam.TeamId, members);
        await team.ExecuteAsync(team.Ada, SettingsVerbs.Save, Fields(Valid()));

        var preview = await PreviewSentPrivatelyAsync(team);

        // The preview names both members and offers Post; it went to Ada's 1:1 chat, and the channel got nothing.
        var text = AdminTeam.TextOf(preview);
        Assert.All(members, m => Assert.Contains(m.Name!, text, StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Object, Verb(preview, SettingsVerbs.MatchPost).ValueKind);
        var opened = Assert.Single(team.Bot.Connector.CallsTo(FakeRoute.CreateConversation));
        Assert.Contains(team.Ada.Id!, opened.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(team.Bot.Connector.OutgoingActivities, a => a.Attachments is { Count: > 0 } && !IsPrivateCard(a));
    }

    [Fact]
    public async Task Post_pressed_while_an_earlier_press_still_runs_its_round_says_so_and_runs_nothing()
    {
        await using var team = await AdminTeam.StartAsync(StorageConnectionString);
        await team.ExecuteAsync(team.Ada, SettingsVerbs.Save, Fields(Valid()));
        var roundId = RoundSchedule.SlotId(DateTimeOffset.UtcNow) + ManualRound.Suffix;

        // Another press (here: another instance) holds the round's lease while it matches.
        var lease = await team.Services.GetRequiredService<LeaseStore>().TryAcquireAsync($"round|{team.TenantId}|{AdminTeam.TeamId}|{roundId}", "another-instance", TimeSpan.FromMinutes(15), CancellationToken.None);
        Assert.NotNull(lease);

        var answer = AdminTeam.CardOf(await team.ExecuteAsync(team.Ada, SettingsVerbs.MatchPost, new Dictionary<string, object?> { [AdminVerbs.TeamIdKey] = AdminTeam.TeamId, [SettingsVerbs.RoundIdKey] = roundId }));

        Assert.Contains(SettingsStrings.BeingPosted(15), AdminTeam.TextOf(answer), StringComparison.Ordinal);
        Assert.DoesNotContain(SettingsStrings.AlreadyPosted, AdminTeam.TextOf(answer), StringComparison.Ordinal);
        Assert.Null(await team.Services.GetRequiredService<RoundStore>().GetAsync(team.TenantId, AdminTeam.TeamId, roundId));
    }

    /// <summary>Match now with no wait: the admin is told the preview follows, and it arrives in their 1:1 chat.</summary>
    private static async Task<JsonElement> PreviewSentPrivatelyAsync(AdminTeam team)
    {
        var answer = AdminTeam.CardOf(await team.ExecuteAsync(team.Ada, SettingsVerbs.MatchPreview));
        Assert.Contains(SettingsStrings.PreviewComing, AdminTeam.TextOf(answer), StringComparison.Ordinal);

        await team.Services.GetRequiredService<PlanningPreviews>().WhenIdleAsync(CancellationToken.None);
        var message = await team.Bot.Connector.WaitForActivityAsync(a => IsPrivateCard(a) && a.Conversation!.Id == $"a:personal-{team.Ada.Id}");
        return message.Attachments![0].Content!.Value;
    }

    private static bool IsChannelPost(FakeCall call) =>
        JsonSerializer.Deserialize<ConversationParameters>(call.Body, BotJson.Options) is { IsGroup: true, ChannelData.Channel.Id: not null };
}
