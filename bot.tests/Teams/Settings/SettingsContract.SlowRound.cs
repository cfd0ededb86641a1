using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Intros.MatchNow;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Teams.Settings;
using ConnectorBot.Tests.BotFramework;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Teams.Settings;

/// <summary>
/// Issue 17: a big team's round outlasts Teams' patience with an invoke. Post answers within its wait and the round
/// finishes in the background, its intros posted as usual.
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
        var preview = AdminTeam.CardOf(await team.ExecuteAsync(team.Ada, SettingsVerbs.MatchPreview));
        var roundId = Verb(preview, SettingsVerbs.MatchPost).GetProperty(SettingsVerbs.RoundIdKey).GetString()!;

        var answer = AdminTeam.CardOf(await team.ExecuteAsync(team.Ada, SettingsVerbs.MatchPost, Verb(preview, SettingsVerbs.MatchPost)));
        Assert.Contains(SettingsStrings.StillPosting, AdminTeam.TextOf(answer), StringComparison.Ordinal);

        await team.Services.GetRequiredService<PostingRounds>().WhenIdleAsync(CancellationToken.None);
        var round = await team.Services.GetRequiredService<RoundStore>().GetAsync(team.TenantId, AdminTeam.TeamId, roundId);
        Assert.Equal(2, round!.Intros);

        // Woken when the round was written, the outbox posts both intros in the channel without waiting for the scheduler.
        await team.Bot.Connector.WaitForCallsAsync(FakeRoute.CreateConversation, 2);
        Assert.Equal(2, team.Bot.Connector.CallsTo(FakeRoute.CreateConversation).Count);

        // A second press runs nothing twice (here it too is answered before its check, which finds the round done).
        await team.ExecuteAsync(team.Ada, SettingsVerbs.MatchPost, Verb(preview, SettingsVerbs.MatchPost));
        await team.Services.GetRequiredService<PostingRounds>().WhenIdleAsync(CancellationToken.None);
        Assert.Equal(2, team.Bot.Connector.CallsTo(FakeRoute.CreateConversation).Count);
    }
}
