using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Invitations;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Teams;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Invitations;

/// <summary>The walk itself: everyone once, through throttling, failures, restarts and a crash between an invitation and its save.</summary>
public abstract partial class InviteEveryoneContract
{
    [Fact]
    public async Task Everyone_who_has_not_answered_gets_one_welcome_through_a_429_and_a_restart()
    {
        // The six on the first page get their chats; the first on the second page is throttled, with a Retry-After
        // longer than the connector waits out by itself.
        Team.Bot.Connector.Script(FakeRoute.CreateConversation, [.. Enumerable.Repeat(FakeResponse.Slow(TimeSpan.Zero), 6), FakeResponse.Throttled(TimeSpan.FromMinutes(10))]);
        var bo = NotAnswered[6];
        Assert.Equal((6, 52), (NotAnswered.Count(m => Roster.IndexOf(m) < FirstPage), Roster.IndexOf(bo)));

        var response = await PressAsync();

        Assert.Contains(InvitationStrings.Counting, AdminTeam.TextOf(AdminTeam.CardOf(response)));
        var posted = Assert.Single(ProgressCardsPosted);
        var started = (await JobAsync())!;
        Assert.Equal(posted.Id, started.CardActivityId);
        Assert.StartsWith(AdminTeam.IntrosChannelId + ";messageid=", started.ConversationId, StringComparison.Ordinal);

        await TickAsync();

        var paused = (await JobAsync())!;
        Assert.Equal(InvitationState.Inviting, paused.State);
        Assert.Equal(nameof(ConnectorOutcome.Throttled), paused.LastError);
        Assert.True(paused.NextAttemptAt > Team.Clock.GetUtcNow() + TimeSpan.FromMinutes(9));
        Assert.Equal(bo.AadObjectId, paused.InFlightMemberId);
        Assert.Equal((6, 46), (paused.Invited, paused.Answered));
        Assert.Equal(1, WelcomesTo(Team.Ada));
        Assert.Equal(0, WelcomesTo(bo));

        await Team.Bot.RestartAsync();
        await TickAsync();
        Assert.Equal(1, ChatsOpenedWith(bo));

        Team.Clock.Advance(TimeSpan.FromMinutes(10));
        var done = await TickUntilFinishedAsync();

        Assert.Equal(InvitationState.Done, done.State);
        Assert.Equal((107, 12, 95, 0), (done.Total, done.Invited, done.Answered, done.Unreachable));
        Assert.All(NotAnswered, m => Assert.Equal(1, WelcomesTo(m)));
        Assert.All(NotAnswered.Where(m => m != bo), m => Assert.Equal(1, ChatsOpenedWith(m)));
        Assert.Equal(2, ChatsOpenedWith(bo));
        Assert.All(Answered, m => Assert.Equal((0, 0), (ChatsOpenedWith(m), WelcomesTo(m))));
        Assert.Single(ProgressCardsPosted);
        var updates = CardUpdates(posted.Id!);
        Assert.Contains(updates, u => u.Contains(Progress(50, 107, 6, 44, 0), StringComparison.Ordinal));
        Assert.Contains(updates, u => u.Contains(InvitationStrings.Paused, StringComparison.Ordinal));
        Assert.Contains(updates, u => u.Contains(Progress(100, 107, 11, 89, 0), StringComparison.Ordinal));
        Assert.Contains(InvitationStrings.Done, updates[^1], StringComparison.Ordinal);
        Assert.Contains(DoneCounts(107, 12, 95, 0), updates[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(InvitationStrings.Paused, updates[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_crash_after_a_welcome_but_before_its_save_does_not_welcome_anyone_twice()
    {
        Team.Bot.Connector.Script(FakeRoute.CreateConversation, FakeResponse.Slow(TimeSpan.Zero), FakeResponse.Throttled(TimeSpan.FromMinutes(10)));
        await PressAsync();
        await TickAsync();
        Assert.Equal((1, 0), (WelcomesTo(Team.Ada), WelcomesTo(NotAnswered[1])));

        // As if the process died right after Ada's welcome, before the job recorded it: Ada in flight, nothing counted.
        var paused = (await JobAsync())!;
        await Jobs.UpdateAsync(Team.TenantId, AdminTeam.TeamId, job => job! with
        {
            PageToken = null,
            PageIndex = 0,
            InFlightMemberId = Team.Ada.AadObjectId,
            InFlightAt = paused.StartedAt,
            Invited = 0,
            Answered = 0,
            NextAttemptAt = null,
            LastError = null,
        });
        await Team.Bot.RestartAsync();
        var done = await TickUntilFinishedAsync();

        Assert.Equal((107, 12, 95, 0), (done.Total, done.Invited, done.Answered, done.Unreachable));
        Assert.Equal((1, 1), (ChatsOpenedWith(Team.Ada), WelcomesTo(Team.Ada)));
        Assert.All(NotAnswered, m => Assert.Equal(1, WelcomesTo(m)));
    }

    [Fact]
    public async Task A_429_on_a_roster_page_pauses_at_that_page_and_resumes_there()
    {
        // Three counting pages and the first inviting page go through; the second inviting page is throttled.
        Team.Bot.Connector.Script(FakeRoute.GetPagedMembers, [.. Enumerable.Repeat(FakeResponse.Slow(TimeSpan.Zero), 4), FakeResponse.Throttled(TimeSpan.FromMinutes(5))]);
        await PressAsync();

        await TickAsync();

        var paused = (await JobAsync())!;
        Assert.Equal(nameof(ConnectorOutcome.Throttled), paused.LastError);
        Assert.Equal((6, 44, 0), (paused.Invited, paused.Answered, paused.PageIndex));
        Assert.NotNull(paused.PageToken);
        Assert.Null(paused.InFlightMemberId);

        Team.Clock.Advance(TimeSpan.FromMinutes(5));
        var done = await TickUntilFinishedAsync();

        Assert.Equal((107, 12, 95, 0), (done.Total, done.Invited, done.Answered, done.Unreachable));
        Assert.All(NotAnswered, m => Assert.Equal((1, 1), (ChatsOpenedWith(m), WelcomesTo(m))));
        Assert.Equal(3 + 1 + 3, Team.Bot.Connector.CallsTo(FakeRoute.GetPagedMembers).Count);
    }

    [Fact]
    public async Task A_failure_without_retry_after_backs_off_and_nothing_is_lost()
    {
        // The connector retries a 503 four times by itself; a fifth makes it the job's problem.
        Team.Bot.Connector.Script(FakeRoute.CreateConversation, [.. Enumerable.Repeat(FakeResponse.Error(503, "ServiceUnavailable"), 5)]);
        await PressAsync();

        await TickAsync();

        var paused = (await JobAsync())!;
        Assert.Equal(nameof(ConnectorOutcome.ServiceError), paused.LastError);
        Assert.Equal(1, paused.Failures);
        Assert.True(paused.NextAttemptAt > Team.Clock.GetUtcNow());
        Assert.Equal(0, WelcomesTo(Team.Ada));

        var done = await TickUntilFinishedAsync();

        Assert.Equal((107, 12, 95, 0), (done.Total, done.Invited, done.Answered, done.Unreachable));
        Assert.All(NotAnswered, m => Assert.Equal(1, WelcomesTo(m)));
    }

    [Fact]
    public async Task Members_the_bot_cannot_reach_are_counted_and_the_rest_still_invited()
    {
        Team.Bot.Connector.Script(FakeRoute.CreateConversation, FakeResponse.Error(403, "ConversationBlockedByUser"));
        await PressAsync();

        var done = await TickUntilFinishedAsync();

        Assert.Equal((107, 11, 95, 1), (done.Total, done.Invited, done.Answered, done.Unreachable));
        Assert.Equal(0, WelcomesTo(Team.Ada));
        Assert.All(NotAnswered.Where(m => m != Team.Ada), m => Assert.Equal(1, WelcomesTo(m)));
        Assert.Contains(DoneCounts(107, 11, 95, 1), CardUpdates(done.CardActivityId!)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_instances_running_the_same_job_invite_each_member_once()
    {
        await PressAsync();
        var runner = Team.Services.GetRequiredService<InvitationRunner>();
        var other = ActivatorUtilities.CreateInstance<InvitationRunner>(Team.Services);

        await DriveAsync(Task.WhenAll(
            Task.Run(() => runner.RunAsync(Team.TenantId, AdminTeam.TeamId, default)),
            Task.Run(() => other.RunAsync(Team.TenantId, AdminTeam.TeamId, default))));
        var done = await TickUntilFinishedAsync();

        Assert.Equal((107, 12, 95, 0), (done.Total, done.Invited, done.Answered, done.Unreachable));
        Assert.All(NotAnswered, m => Assert.Equal((1, 1), (ChatsOpenedWith(m), WelcomesTo(m))));
    }
}
