using ConnectorBot.Interview;
using ConnectorBot.Invitations;
using ConnectorBot.Tests.Teams;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Invitations;

/// <summary>The worker as it runs in production: on when the scheduler is, and woken by a click rather than waiting for its interval.</summary>
public sealed class InvitationWorkerTests : IAsyncLifetime
{
    private AdminTeam _team = null!;

    public async Task InitializeAsync() => _team = await AdminTeam.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Intros:SchedulerEnabled"] = "true",
        ["Intros:SchedulerInterval"] = "01:00:00",
        ["Admin:Invitations:Pace"] = "00:00:00",
    });

    public async Task DisposeAsync() => await _team.DisposeAsync();

    [Fact]
    public async Task A_click_starts_the_pass_at_once_without_waiting_for_the_interval()
    {
        // The test clock never moves: only the click's wake-up can run the job.
        await _team.ExecuteAsync(_team.Ada, InvitationVerbs.Start);

        var jobs = _team.Services.GetRequiredService<InvitationStore>();
        InvitationJob? job = null;
        for (var wait = 0; wait < 200 && job is not { IsFinished: true }; wait++)
        {
            await Task.Delay(50);
            job = await jobs.GetAsync(_team.TenantId, AdminTeam.TeamId);
        }

        Assert.Equal(InvitationState.Done, job!.State);
        Assert.Equal((2, 2, 0, 0), (job.Total, job.Invited, job.Answered, job.Unreachable));
        Assert.All(
            [_team.Ada, _team.Ben],
            m => Assert.Single(_team.Bot.Connector.OutgoingActivities, a => a.Conversation?.Id == "a:personal-" + m.Id && a.Text == InterviewQuestions.WelcomeText(m.Name)));
    }
}
