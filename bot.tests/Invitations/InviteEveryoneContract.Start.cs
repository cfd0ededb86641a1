using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Invitations;
using ConnectorBot.Teams;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Teams;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Invitations;

/// <summary>Starting a pass: who may, one job per team, pressing again, the typed command, and the starter's data rights.</summary>
public abstract partial class InviteEveryoneContract
{
    [Fact]
    public async Task A_non_admin_pressing_it_is_refused_and_starts_nothing()
    {
        var response = await PressAsync(Team.Ben);
        var otherTeam = await Team.ExecuteAsync(Team.Ada, InvitationVerbs.Start, new { teamId = "19:another-team@thread.tacv2" });
        await TickAsync();

        Assert.Equal(AdminStrings.NotAdmin, AdminTeam.MessageOf(response));
        Assert.Equal(AdminStrings.NotAdmin, AdminTeam.MessageOf(otherTeam));
        Assert.Null(await JobAsync());
        Assert.Empty(ProgressCardsPosted);
        Assert.Empty(Team.Bot.Connector.CallsTo(FakeRoute.GetPagedMembers));
        Assert.Empty(Team.Bot.Connector.CallsTo(FakeRoute.CreateConversation));
    }

    [Fact]
    public async Task Pressing_again_while_it_runs_shows_its_progress_and_starts_nothing_new()
    {
        // Paused at the first member: the job is running and waiting.
        Team.Bot.Connector.Script(FakeRoute.CreateConversation, FakeResponse.Throttled(TimeSpan.FromMinutes(10)));
        await PressAsync();
        await TickAsync();

        var again = AdminTeam.TextOf(AdminTeam.CardOf(await PressAsync()));

        Assert.Contains(Progress(0, 107, 0, 0, 0), again, StringComparison.Ordinal);
        Assert.Contains(InvitationStrings.Paused, again, StringComparison.Ordinal);
        Assert.Single(ProgressCardsPosted);
        Assert.Equal(1, (await JobAsync())!.Pass);
    }

    [Fact]
    public async Task Two_admins_pressing_at_the_same_instant_start_one_job()
    {
        await Team.Teams.UpdateAsync(Team.TenantId, AdminTeam.TeamId, t => t! with { Admins = [Team.Ada.AadObjectId!, Team.Ben.AadObjectId!] });

        var responses = await Task.WhenAll(PressAsync(Team.Ada), PressAsync(Team.Ben));

        Assert.All(responses, r => Assert.Contains(InvitationStrings.Title, AdminTeam.TextOf(AdminTeam.CardOf(r)), StringComparison.Ordinal));
        Assert.Single(ProgressCardsPosted);
        var done = await TickUntilFinishedAsync();
        Assert.Equal(1, done.Pass);
        Assert.All(NotAnswered, m => Assert.Equal(1, WelcomesTo(m)));
    }

    [Fact]
    public async Task Pressing_after_a_pass_finished_starts_a_new_one_for_whoever_still_has_not_answered()
    {
        await PressAsync();
        await TickUntilFinishedAsync();
        var bo = NotAnswered[1];
        await Team.AddProfileAsync(bo, "Hire more veterans.", "someone who left the services", "Fast offers.");

        await PressAsync();
        var second = await TickUntilFinishedAsync();

        Assert.Equal(2, second.Pass);
        Assert.Equal((107, 11, 96, 0), (second.Total, second.Invited, second.Answered, second.Unreachable));
        Assert.Equal(1, WelcomesTo(bo));
        Assert.All(NotAnswered.Where(m => m != bo), m => Assert.Equal(2, WelcomesTo(m)));
        Assert.All(Answered, m => Assert.Equal(0, ChatsOpenedWith(m)));
        Assert.Equal(2, ProgressCardsPosted.Count);
        Assert.Equal(second.CardActivityId, ProgressCardsPosted[^1].Id);
    }

    [Fact]
    public async Task Someone_part_way_through_is_reminded_of_their_question_not_started_again()
    {
        await PressAsync();
        await TickUntilFinishedAsync();
        var cy = NotAnswered[2];
        var key = new MemberKey(Team.TenantId, cy.AadObjectId!, cy.Id!, null);
        await Team.Services.GetRequiredService<ProfileStore>().UpdateAsync(key, p => p! with { Accomplish = "Open a second site." }, default);
        await Team.Services.GetRequiredService<InterviewSessionStore>().UpdateAsync(key, s => s with { Awaiting = ProfileField.ConnectWith }, default);

        await PressAsync();
        await TickUntilFinishedAsync();

        Assert.Equal(1, WelcomesTo(cy));
        var toCy = Team.Bot.Connector.OutgoingActivities.Where(a => a.Conversation?.Id == "a:personal-" + cy.Id).Select(a => a.Text).ToList();
        Assert.Equal([InterviewStrings.PickUp, InterviewStrings.Question(ProfileField.ConnectWith)], toCy[^2..]);
        Assert.Equal("Open a second site.", (await Team.Services.GetRequiredService<ProfileStore>().GetAsync(key, default))!.Accomplish);
        Assert.Equal(ProfileField.ConnectWith, (await Team.Services.GetRequiredService<InterviewSessionStore>().GetAsync(key, default))!.Awaiting);
    }

    [Fact]
    public async Task Typing_invite_everyone_starts_the_pass_with_its_card_in_that_channel()
    {
        await Team.MentionAsync(Team.Ada, "invite everyone", AdminTeam.RandomChannelId);
        await Team.MentionAsync(Team.Ada, "invite everyone!", AdminTeam.RandomChannelId);
        await Team.MentionAsync(Team.Ben, "invite everyone", AdminTeam.RandomChannelId);
        await Team.MentionAsync(Team.Ada, "invite Bo", AdminTeam.RandomChannelId);

        var posted = Assert.Single(ProgressCardsPosted);
        Assert.StartsWith(AdminTeam.RandomChannelId + ";messageid=", posted.Conversation!.Id, StringComparison.Ordinal);
        var texts = Team.Replies.Where(t => t.Length > 0).ToList();
        Assert.Equal(
            [
                InvitationStrings.AlreadyRunning(InvitationStrings.Counting),
                AdminStrings.NotAdmin,
                InvitationStrings.CommandHelp,
            ],
            texts);

        var done = await TickUntilFinishedAsync();
        Assert.Equal(posted.Id, done.CardActivityId);
        Assert.Contains(DoneCounts(107, 12, 95, 0), CardUpdates(posted.Id!)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_who_started_a_pass_can_export_it_and_be_forgotten_from_it()
    {
        await PressAsync();
        var ada = new MemberKey(Team.TenantId, Team.Ada.AadObjectId!, Team.Ada.Id!, null);

        var export = Assert.Single(await Jobs.ExportAsync(ada, default));
        var erased = await Jobs.EraseAsync(ada, default);

        Assert.Equal(Team.Ada.AadObjectId, export["StartedBy"]);
        Assert.Equal(1, erased);
        var job = (await JobAsync())!;
        Assert.Equal((string.Empty, null), (job.StartedBy, job.StartedByName));
        Assert.Empty(await Jobs.ExportAsync(ada, default));
        Assert.Empty(await Jobs.ExportAsync(new MemberKey(Team.TenantId, Team.Ben.AadObjectId!, Team.Ben.Id!, null), default));
    }
}
