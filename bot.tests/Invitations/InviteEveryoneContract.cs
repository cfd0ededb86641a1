using System.Text.Json;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Interview;
using ConnectorBot.Invitations;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Storage.Contract;
using ConnectorBot.Tests.Teams;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Invitations;

/// <summary>
/// "Invite everyone" end to end through /api/messages and the fake connector: a team of 107 on pages of 50 (the least
/// Teams serves, so three pages): Ada the admin, Ben, and 105 more, of whom Ada and every tenth (twelve in all) have not
/// answered yet. Clicks and typed commands, the worker's passes, throttling, restarts and crashes. Run on each store by
/// a small subclass.
/// </summary>
public abstract partial class InviteEveryoneContract : IAsyncLifetime
{
    private const int PageSize = 50;

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Admin:Invitations:PageSize"] = PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Admin:Invitations:Pace"] = "00:00:01",

        // The test clock runs fast while a pass works: one slice is enough for the whole roster.
        ["Admin:Invitations:Slice"] = "1.00:00:00",
    };

    protected AdminTeam Team { get; private set; } = null!;

    /// <summary>The whole roster in the order Teams pages it.</summary>
    protected List<TeamsChannelAccount> Roster { get; } = [];

    /// <summary>Members with finished answers when the test starts.</summary>
    protected List<TeamsChannelAccount> Answered { get; } = [];

    protected List<TeamsChannelAccount> NotAnswered => [.. Roster.Except(Answered)];

    /// <summary>The members the first page holds.</summary>
    protected int FirstPage => PageSize;

    protected abstract string? StorageConnectionString { get; }

    protected InvitationStore Jobs => Team.Services.GetRequiredService<InvitationStore>();

    public async Task InitializeAsync()
    {
        Team = await AdminTeam.StartAsync(StorageConnectionString, Settings);
        var more = Enumerable.Range(0, 105).Select(i => new TeamsChannelAccount
        {
            Id = $"29:1m{i}-{Team.TenantId}",
            Name = $"Member{i} Surname",
            AadObjectId = $"aad-m{i}-{Team.TenantId}",
        }).ToList();
        Team.Bot.Connector.AddMembers(AdminTeam.TeamId, more);
        Roster.AddRange([Team.Ada, Team.Ben, .. more]);
        Answered.AddRange([Team.Ben, .. more.Where((_, i) => i % 10 != 0)]);
        foreach (var member in Answered)
        {
            await Team.AddProfileAsync(member, "Get shop-floor checks off paper.", "someone who moved checks to tablets", "Warehouse Wi-Fi.");
        }
    }

    public async Task DisposeAsync()
    {
        // The Azurite tables are shared: a job left running would be picked up by the next test's worker.
        await Jobs.UpdateAsync(Team.TenantId, AdminTeam.TeamId, job => job is { IsFinished: false } ? job with { State = InvitationState.Stopped } : null);
        await Team.DisposeAsync();
    }

    /// <summary>Ada presses "Invite everyone" on the settings card.</summary>
    protected Task<JsonElement> PressAsync(TeamsChannelAccount? who = null) =>
        Team.ExecuteAsync(who ?? Team.Ada, InvitationVerbs.Start, new { teamId = AdminTeam.TeamId });

    protected async Task<InvitationJob?> JobAsync() => await Jobs.GetAsync(Team.TenantId, AdminTeam.TeamId);

    /// <summary>One worker pass; the test clock moves on a second at a time while it waits (the pace, back-off).</summary>
    protected async Task<bool> TickAsync()
    {
        var tick = Team.Services.GetRequiredService<InvitationWorker>().TickAsync(default);
        await DriveAsync(tick);
        return await tick;
    }

    /// <summary>Waits for <paramref name="work"/>, moving the test clock on a second at a time meanwhile.</summary>
    protected async Task DriveAsync(Task work)
    {
        for (var step = 0; step < 600 && !work.IsCompleted; step++)
        {
            await Task.WhenAny(work, Task.Delay(20));
            if (!work.IsCompleted)
            {
                Team.Clock.Advance(TimeSpan.FromSeconds(1));
            }
        }

        await work;
    }

    /// <summary>Passes (a minute apart) until the job is finished.</summary>
    protected async Task<InvitationJob> TickUntilFinishedAsync()
    {
        for (var pass = 0; pass < 30; pass++)
        {
            await TickAsync();
            if (await JobAsync() is { IsFinished: true } job)
            {
                return job;
            }

            Team.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        throw new InvalidOperationException("The invitation job did not finish.");
    }

    /// <summary>How many 1:1 chats the bot asked Teams to open with the member (answered or not).</summary>
    protected int ChatsOpenedWith(TeamsChannelAccount member) =>
        Team.Bot.Connector.CallsTo(FakeRoute.CreateConversation).Count(c => c.Json.GetProperty("members")[0].GetProperty("id").GetString() == member.Id);

    /// <summary>How many welcomes reached the member's 1:1 chat.</summary>
    protected int WelcomesTo(TeamsChannelAccount member) =>
        Team.Bot.Connector.OutgoingActivities.Count(a => a.Conversation?.Id == "a:personal-" + member.Id && a.Text == InterviewQuestions.WelcomeText(member.Name));

    /// <summary>The progress cards posted (not updates): the bot's channel messages with the invitation card.</summary>
    protected IReadOnlyList<ConnectorBot.BotFramework.Schema.Activity> ProgressCardsPosted =>
        Team.Bot.Connector.OutgoingActivities.Where(a => a.Summary == InvitationStrings.Title).ToList();

    /// <summary>The text of every update of the progress card, oldest first.</summary>
    protected IReadOnlyList<string> CardUpdates(string activityId) =>
        Team.Bot.Connector.CallsTo(FakeRoute.UpdateActivity)
            .Where(c => c.RouteValues["activityId"] == activityId)
            .Select(c => AdminTeam.TextOf(c.Activity!.Attachments![0].Content!.Value))
            .ToList();

    protected static string Progress(int handled, int total, int invited, int answered, int unreachable) =>
        InvitationStrings.Progress(handled, total, invited, answered, unreachable);

    protected static string DoneCounts(int total, int invited, int answered, int unreachable) =>
        InvitationStrings.DoneCounts(total, invited, answered, unreachable);
}

public sealed class EmbeddedInviteEveryoneTests : InviteEveryoneContract
{
    protected override string? StorageConnectionString => null;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteInviteEveryoneTests(AzuriteFixture azurite) : InviteEveryoneContract
{
    protected override string? StorageConnectionString => azurite.ConnectionString;
}
