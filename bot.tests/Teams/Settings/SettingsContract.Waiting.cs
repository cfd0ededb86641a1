using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Teams.Settings;
using ConnectorBot.Tests.Intros;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Teams.Settings;

/// <summary>
/// Match now's Post writes its round as a scheduled one does: the member it leaves first in line (the preview names them
/// to the admin) is told so once, in their own 1:1 chat, and a second press tells nobody again.
/// </summary>
public abstract partial class SettingsContract
{
    [Fact]
    public async Task Match_now_tells_the_member_it_leaves_first_in_line_once_in_their_chat_however_often_Post_is_pressed()
    {
        // Gwen's twin (her very answers) makes five: one of the two is left over.
        var twin = new TeamsChannelAccount { Id = $"29:1person-twin-{Team.TenantId}", Name = "Wendy Ito", AadObjectId = $"aad-person-twin-{Team.TenantId}" };
        var gwen = SamplePeople.All[0];
        await Team.AddProfileAsync(twin, gwen.Accomplish, gwen.ConnectWith, gwen.Offer);
        Members.Add(twin);
        Team.Bot.Connector.AddMembers(AdminTeam.TeamId, [twin]);
        var profiles = Team.Services.GetRequiredService<ProfileStore>();
        foreach (var member in Members)
        {
            // As talking to the bot in their personal chat stores it.
            await profiles.UpdateAsync(
                new MemberKey(Team.TenantId, member.AadObjectId!, member.Id!, null),
                p => p! with { Chat = new PersonalChat(Team.Bot.Connector.ServiceUrl.ToString(), "a:personal-" + member.Id, member.Id!, "28:connectorbot") },
                default);
        }

        // One intro each, and an odd one out waits rather than joining a trio.
        await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Save, Fields(Valid() with { IntrosPerMember = "1", OddHeadcount = "FirstInLine" }));
        var preview = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.MatchPreview));
        var press = Verb(preview, SettingsVerbs.MatchPost);
        AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.MatchPost, press));
        var note = await Team.Bot.Connector.WaitForActivityAsync(a => a.Text == IntrosStrings.Private.FirstInLineNote);
        AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.MatchPost, press));
        await Team.TickAsync();

        var round = await Team.Services.GetRequiredService<RoundStore>().ListAsync(Team.TenantId, AdminTeam.TeamId).SingleAsync();
        var waiting = Members.Single(m => m.AadObjectId == Assert.Single(round.FirstInLine));
        Assert.Contains(waiting.Name!, AdminTeam.TextOf(preview), StringComparison.Ordinal);
        Assert.Equal("a:personal-" + waiting.Id, note.Conversation!.Id);
        Assert.Single(Team.Bot.Connector.OutgoingActivities, a => a.Text == IntrosStrings.Private.FirstInLineNote);
    }
}
