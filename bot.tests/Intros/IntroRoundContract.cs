using System.Net;
using System.Text.Json;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Teams.Settings;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Storage.Contract;
using ConnectorBot.Understanding;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Intros;

/// <summary>
/// Intro rounds end to end through /api/messages and the fake connector: install in a team, a round
/// for ten members, posts, accepts, handoffs, passes, strangers, races, expiry, follow-ups, restarts
/// and throttling. Run on each store by a small subclass.
/// </summary>
public abstract partial class IntroRoundContract : IAsyncLifetime
{
    protected const string TeamId = "19:team-general@thread.tacv2";

    // Five pairs the matcher should find (from the public sample's intended intros).
    private static readonly (string Name, string Accomplish, string ConnectWith, string Offer)[] People = SamplePeople.All;

    protected BotHarness Bot { get; private set; } = null!;

    protected ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected List<TeamsChannelAccount> Roster { get; } = [];

    protected abstract string? StorageConnectionString { get; }

    public async Task InitializeAsync()
    {
        Bot = await BotHarness.StartAsync(StorageConnectionString, clock: Clock);
        for (var i = 0; i < People.Length; i++)
        {
            Roster.Add(new TeamsChannelAccount
            {
                Id = $"29:1member-{i}-{Bot.Teams.TenantId}",
                Name = People[i].Name,
                AadObjectId = $"aad-{i}-{Bot.Teams.TenantId}",
                UserPrincipalName = $"{People[i].Name.Split(' ')[0].ToLowerInvariant()}@contoso.example",
            });
        }

        Bot.Connector.AddMembers(TeamId, Roster);
        var profiles = Bot.Services.GetRequiredService<ProfileStore>();
        for (var i = 0; i < People.Length; i++)
        {
            var person = People[i];
            await profiles.UpdateAsync(
                new MemberKey(Bot.Teams.TenantId, Roster[i].AadObjectId!, Roster[i].Id!, null),
                _ => new Profile
                {
                    TenantId = Bot.Teams.TenantId,
                    MemberId = Roster[i].AadObjectId!,
                    Name = person.Name,
                    Accomplish = person.Accomplish,
                    ConnectWith = person.ConnectWith,
                    Offer = person.Offer,
                    Consent = true,
                    AnsweredAt = Clock.GetUtcNow(),
                    CreatedAt = Clock.GetUtcNow(),
                },
                default);

            // Understood, as the background has done by the time of a round for a member who answered in the interview.
            await Bot.Services.GetRequiredService<UnderstandingRenewal>().RenewAsync(Bot.Teams.TenantId, Roster[i].AadObjectId!, default);
        }

        using var install = await Bot.PostAsync(InstallInTeam());
        Assert.Equal(HttpStatusCode.OK, install.StatusCode);
    }

    public async Task DisposeAsync() => await Bot.DisposeAsync();

    [Fact]
    public async Task Installing_in_a_team_stores_its_settings_with_the_installer_as_first_admin()
    {
        var team = await Bot.Services.GetRequiredService<TeamSettingsStore>().GetAsync(Bot.Teams.TenantId, TeamId);

        Assert.NotNull(team);
        Assert.Equal(TeamId, team!.IntroChannelId);
        Assert.Equal([Bot.Teams.User.AadObjectId!], team.Admins);
        Assert.Equal(Bot.Connector.ServiceUrl.ToString(), team.ServiceUrl);
    }

    [Fact]
    public async Task A_due_round_posts_each_intro_once_as_a_new_thread_in_the_intro_channel()
    {
        await RunDueRoundAsync();

        var posts = Bot.Connector.CallsTo(FakeRoute.CreateConversation);
        Assert.Equal(5, posts.Count);
        var intros = await IntrosAsync();
        Assert.Equal(5, intros.Count);
        Assert.All(intros, i =>
        {
            Assert.Equal(IntroState.Posted, i.State);
            Assert.NotNull(i.ActivityId);
            Assert.StartsWith(TeamId + ";messageid=", i.ConversationId, StringComparison.Ordinal);
        });
        Assert.Contains(intros, i => Names(i).SetEquals(["Gwen Ito", "Samir Haddad"]));

        // A second tick in the same slot changes nothing.
        await TickAsync();
        Assert.Equal(5, Bot.Connector.CallsTo(FakeRoute.CreateConversation).Count);
    }

    [Fact]
    public async Task Both_accepting_connects_them_updates_the_card_and_hands_each_to_the_other()
    {
        await RunDueRoundAsync();
        var intro = (await IntrosAsync()).First();
        var before = Bot.Connector.Calls.Count;

        using var first = await ClickAsync(intro, intro.Parties[0], IntrosVerbs.Accept);
        using var second = await ClickAsync(intro, intro.Parties[1], IntrosVerbs.Accept);
        await OutboxSentAsync(updates: 2, handoffs: 2);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var stored = await IntroAsync(intro.IntroId);
        Assert.Equal(IntroState.Connected, stored.State);
        Assert.All(stored.Parties, p => Assert.Equal(Decision.Accepted, p.Decision));
        var since = Bot.Connector.Calls.Skip(before).ToList();
        Assert.Equal(2, since.Count(c => c.Route == FakeRoute.UpdateActivity));
        var handoffs = Bot.Connector.OutgoingActivities.Where(a => a.Text?.Contains("teams.microsoft.com/l/chat", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, handoffs.Count);
        Assert.Contains(handoffs, h => h.Text!.Contains(Uri.EscapeDataString(intro.Parties[1].UserPrincipalName!), StringComparison.Ordinal));
        Assert.Contains(handoffs, h => h.Text!.Contains(Uri.EscapeDataString(intro.Parties[0].UserPrincipalName!), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Accepts_are_answered_with_the_updated_card_while_the_outbox_waits_on_Teams_and_the_handoffs_follow()
    {
        await RunDueRoundAsync();
        var intro = (await IntrosAsync()).First();

        // Teams answers none of the outbox's sends until released: a click that sent them itself could not answer.
        Bot.Connector.Hold(FakeRoute.UpdateActivity);
        Bot.Connector.Hold(FakeRoute.CreateConversation);
        using var first = await ClickAsync(intro, intro.Parties[0], IntrosVerbs.Accept).WaitAsync(HangGuard);
        using var second = await ClickAsync(intro, intro.Parties[1], IntrosVerbs.Accept).WaitAsync(HangGuard);

        using var answer = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer.RootElement.GetProperty("type").GetString());
        Assert.Equal(IntroState.Connected, (await IntroAsync(intro.IntroId)).State);
        Assert.DoesNotContain(Bot.Connector.OutgoingActivities, IsHandoff);

        Bot.Connector.Release(FakeRoute.UpdateActivity);
        Bot.Connector.Release(FakeRoute.CreateConversation);
        await OutboxSentAsync(updates: 2, handoffs: 2);

        var handoffs = Bot.Connector.OutgoingActivities.Where(IsHandoff).ToList();
        Assert.Contains(handoffs, h => h.Conversation!.Id == "a:personal-" + intro.Parties[0].UserId);
        Assert.Contains(handoffs, h => h.Conversation!.Id == "a:personal-" + intro.Parties[1].UserId);
    }

    [Fact]
    public async Task A_handoff_that_cannot_reach_a_member_puts_a_note_on_the_card_instead()
    {
        await RunDueRoundAsync();
        var intro = (await IntrosAsync()).First();
        using (await ClickAsync(intro, intro.Parties[0], IntrosVerbs.Accept))
        {
        }

        await OutboxSentAsync(updates: 1);
        Bot.Connector.Script(FakeRoute.CreateConversation, FakeResponse.Error(403, "ConversationBlockedByUser"));
        using var second = await ClickAsync(intro, intro.Parties[1], IntrosVerbs.Accept);
        await Bot.Connector.WaitForCallsAsync(FakeRoute.UpdateActivity, 1, c => c.Body.Contains("is waiting to hear from you here", StringComparison.Ordinal));

        var stored = await IntroAsync(intro.IntroId);
        Assert.Equal(IntroState.Connected, stored.State);
        Assert.True(stored.Parties[0].HandoffFailed);
        var lastUpdate = Bot.Connector.CallsTo(FakeRoute.UpdateActivity)[^1];
        Assert.Contains("is waiting to hear from you here", lastUpdate.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepting_through_the_action_submit_fallback_works_too()
    {
        await RunDueRoundAsync();
        var intro = (await IntrosAsync()).First();
        var party = intro.Parties[0];
        var submit = Bot.Teams.PersonalMessage(string.Empty) with
        {
            From = new ChannelAccount { Id = party.UserId, Name = party.Name, AadObjectId = party.MemberId },
            Conversation = new ConversationAccount { Id = intro.ConversationId, ConversationType = "channel", IsGroup = true, TenantId = Bot.Teams.TenantId },
            ReplyToId = intro.ActivityId,
            Value = JsonSerializer.SerializeToElement(new { verb = IntrosVerbs.Accept, introId = intro.IntroId, teamId = TeamId }),
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = Bot.Teams.TenantId }, team = new { id = TeamId }, channel = new { id = TeamId } }),
        };

        using var response = await Bot.PostAsync(submit);
        await OutboxSentAsync(updates: 1);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Decision.Accepted, (await IntroAsync(intro.IntroId)).Parties[0].Decision);
        Assert.Single(Bot.Connector.CallsTo(FakeRoute.UpdateActivity));
    }

    [Fact]
    public async Task A_pass_closes_the_intro_politely_with_no_handoff()
    {
        await RunDueRoundAsync();
        var intro = (await IntrosAsync()).First();

        using var response = await ClickAsync(intro, intro.Parties[1], IntrosVerbs.Pass);
        await OutboxSentAsync(updates: 1);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(IntroState.Passed, (await IntroAsync(intro.IntroId)).State);
        Assert.DoesNotContain(Bot.Connector.OutgoingActivities, a => a.Text?.Contains("teams.microsoft.com/l/chat", StringComparison.Ordinal) == true);
        Assert.Single(Bot.Connector.CallsTo(FakeRoute.UpdateActivity));
    }

    [Fact]
    public async Task A_stranger_clicking_is_told_privately_and_changes_nothing()
    {
        await RunDueRoundAsync();
        var intro = (await IntrosAsync()).First();
        var stranger = new IntroParty { MemberId = "aad-stranger", UserId = "29:1stranger", Name = "Stan Ger" };

        using var response = await ClickAsync(intro, stranger, IntrosVerbs.Accept);

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.microsoft.activity.message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(IntroCards.NotForYou(intro), body.RootElement.GetProperty("value").GetString());
        Assert.Equal(IntroState.Posted, (await IntroAsync(intro.IntroId)).State);
        Assert.Empty(Bot.Connector.CallsTo(FakeRoute.UpdateActivity));
    }

    [Fact]
    public async Task Both_clicking_at_the_same_instant_connects_once_and_repeated_clicks_change_nothing()
    {
        await RunDueRoundAsync();
        var intro = (await IntrosAsync()).First();

        var responses = await Task.WhenAll(ClickAsync(intro, intro.Parties[0], IntrosVerbs.Accept), ClickAsync(intro, intro.Parties[1], IntrosVerbs.Accept));
        foreach (var r in responses)
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            r.Dispose();
        }

        using var again = await ClickAsync(intro, intro.Parties[0], IntrosVerbs.Accept);
        using var changedMind = await ClickAsync(intro, intro.Parties[0], IntrosVerbs.Pass);
        await OutboxSentAsync(updates: 2, handoffs: 2);

        Assert.Equal(IntroState.Connected, (await IntroAsync(intro.IntroId)).State);
        Assert.Equal(2, Bot.Connector.OutgoingActivities.Count(a => a.Text?.Contains("teams.microsoft.com/l/chat", StringComparison.Ordinal) == true));
        Assert.Equal(2, Bot.Connector.CallsTo(FakeRoute.UpdateActivity).Count);
        // Issue 14, item 4: a late "Not now" is told they are connected, not that "timing isn't right".
        using var changedMindBody = JsonDocument.Parse(await changedMind.Content.ReadAsStringAsync());
        Assert.Equal(IntrosStrings.AlreadyConnected, changedMindBody.RootElement.GetProperty("value").GetString());
    }

    [Fact]
    public async Task Unanswered_intros_expire_and_connected_pairs_get_asked_whether_they_met()
    {
        await RunDueRoundAsync();
        await Bot.Services.GetRequiredService<TeamSettingsStore>().UpdateAsync(Bot.Teams.TenantId, TeamId, t => t! with { Paused = true });
        var intros = await IntrosAsync();
        var connected = intros[0];
        using (await ClickAsync(connected, connected.Parties[0], IntrosVerbs.Accept))
        using (await ClickAsync(connected, connected.Parties[1], IntrosVerbs.Accept))
        {
        }

        await OutboxSentAsync(updates: 2, handoffs: 2);

        Clock.Advance(TimeSpan.FromDays(8));
        await TickAsync();

        var after = await IntrosAsync();
        Assert.Equal(IntroState.Connected, after.Single(i => i.IntroId == connected.IntroId).State);
        Assert.All(after.Where(i => i.IntroId != connected.IntroId), i => Assert.Equal(IntroState.Expired, i.State));
        var followUps = Bot.Connector.OutgoingActivities.Where(a => a.Attachments?.Count > 0 && a.Conversation?.Id?.StartsWith("a:personal-", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, followUps.Count);

        using var answer = await ClickAsync(connected, connected.Parties[0], IntrosVerbs.FollowUp, new { outcome = "helped" }, personal: true);
        Assert.Equal(MeetingOutcome.Helped, (await IntroAsync(connected.IntroId)).Parties[0].Outcome);

        // Expired pairs are remembered, so the next round does not repeat them within the cooldown.
        var history = await Bot.Services.GetRequiredService<PairHistoryStore>().LoadForMatchingAsync(Bot.Teams.TenantId, Roster.Select(r => r.AadObjectId!).ToList(), []);
        Assert.Equal(5, history.Intros.Count);
    }

    [Fact]
    public async Task A_restart_between_persisted_and_posted_loses_nothing_and_posts_nothing_twice()
    {
        var team = (await Bot.Services.GetRequiredService<TeamSettingsStore>().GetAsync(Bot.Teams.TenantId, TeamId))!;
        await Bot.Services.GetRequiredService<RoundRunner>().RunAsync(team, Clock.GetUtcNow(), default);
        Assert.Empty(Bot.Connector.CallsTo(FakeRoute.CreateConversation));
        Assert.All(await IntrosAsync(), i => Assert.Equal(IntroState.Planned, i.State));

        await Bot.RestartAsync();
        await TickAsync();
        await TickAsync();

        Assert.Equal(5, Bot.Connector.CallsTo(FakeRoute.CreateConversation).Count);
        Assert.All(await IntrosAsync(), i => Assert.Equal(IntroState.Posted, i.State));
    }

    [Fact]
    public async Task Two_instances_running_the_same_slot_make_one_round()
    {
        var team = (await Bot.Services.GetRequiredService<TeamSettingsStore>().GetAsync(Bot.Teams.TenantId, TeamId))!;
        var runner = Bot.Services.GetRequiredService<RoundRunner>();
        var slot = Clock.GetUtcNow();

        var reports = await Task.WhenAll(Task.Run(() => runner.RunAsync(team, slot, default)), Task.Run(() => runner.RunAsync(team, slot, default)));
        var again = await runner.RunAsync(team, slot, default);

        Assert.Contains(reports, r => r is { AlreadyRan: false });
        Assert.True(again!.AlreadyRan);
        Assert.Equal(5, (await IntrosAsync()).Count);
        await TickAsync();
        Assert.Equal(5, Bot.Connector.CallsTo(FakeRoute.CreateConversation).Count);
    }

    [Fact]
    public async Task A_connector_answering_429_with_retry_after_is_waited_out_and_nothing_is_lost()
    {
        Bot.Connector.Script(FakeRoute.CreateConversation, FakeResponse.Throttled(TimeSpan.FromSeconds(1)), FakeResponse.Throttled(TimeSpan.FromSeconds(1)));

        await RunDueRoundAsync();
        Clock.Advance(TimeSpan.FromMinutes(5));
        await TickAsync();

        Assert.All(await IntrosAsync(), i => Assert.Equal(IntroState.Posted, i.State));
        Assert.Equal(5 + 2, Bot.Connector.CallsTo(FakeRoute.CreateConversation).Count);
        Assert.Equal(5, Bot.Connector.OutgoingActivities.Count(a => a.Conversation?.Id?.StartsWith(TeamId + ";messageid=", StringComparison.Ordinal) == true));
        Assert.Equal(5, (await IntrosAsync()).Select(i => i.ActivityId).Distinct().Count());
    }

    protected IntroScheduler Scheduler => Bot.Services.GetRequiredService<IntroScheduler>();

    /// <summary>How long a click may take before the test calls it hung (a guard, not a timing assertion).</summary>
    protected static TimeSpan HangGuard => TimeSpan.FromSeconds(30);

    protected static bool IsHandoff(Activity activity) => activity.Text?.Contains("teams.microsoft.com/l/chat", StringComparison.Ordinal) == true;

    /// <summary>Waits for what clicks queued to reach Teams, in all since the start: card updates and handoffs (on recorded calls, never on time).</summary>
    protected async Task OutboxSentAsync(int updates, int handoffs = 0)
    {
        await Bot.Connector.WaitForCallsAsync(FakeRoute.UpdateActivity, updates);
        await Bot.Connector.WaitForActivitiesAsync(IsHandoff, handoffs);
    }

    protected async Task RunDueRoundAsync()
    {
        Clock.Advance(TimeSpan.FromDays(8));
        await TickAsync();
    }

    /// <summary>One scheduler pass; the test clock moves on a second at a time while it waits (Retry-After, backoff).</summary>
    protected async Task TickAsync()
    {
        var tick = Scheduler.TickAsync(default);
        for (var step = 0; step < 600 && !tick.IsCompleted; step++)
        {
            await Task.WhenAny(tick, Task.Delay(20));
            if (!tick.IsCompleted)
            {
                Clock.Advance(TimeSpan.FromSeconds(1));
            }
        }

        await tick;
    }

    protected async Task<List<IntroRecord>> IntrosAsync()
    {
        var list = new List<IntroRecord>();
        await foreach (var intro in Bot.Services.GetRequiredService<IntroStore>().ListAsync(Bot.Teams.TenantId, TeamId))
        {
            list.Add(intro);
        }

        return list.OrderBy(i => i.IntroId, StringComparer.Ordinal).ToList();
    }

    protected async Task<IntroRecord> IntroAsync(string introId) =>
        await Bot.Services.GetRequiredService<IntroStore>().GetAsync(Bot.Teams.TenantId, TeamId, introId) ?? throw new InvalidOperationException("No such intro.");

    private static HashSet<string> Names(IntroRecord intro) => intro.Parties.Select(p => p.Name).ToHashSet();

    private Activity InstallInTeam() => Bot.Teams.PersonalMessage(string.Empty) with
    {
        Type = ActivityTypes.ConversationUpdate,
        Text = null,
        Conversation = new ConversationAccount { Id = TeamId, ConversationType = "channel", IsGroup = true, TenantId = Bot.Teams.TenantId },
        MembersAdded = [TeamsActivities.Bot],
        ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = Bot.Teams.TenantId }, team = new { id = TeamId, name = "Contoso" }, eventType = "teamMemberAdded" }),
    };

    private Task<HttpResponseMessage> ClickAsync(IntroRecord intro, IntroParty who, string verb, object? extra = null, bool personal = false)
    {
        var data = JsonSerializer.SerializeToElement(new { introId = intro.IntroId, teamId = TeamId });
        if (extra is not null)
        {
            var merged = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(data)!;
            foreach (var (k, v) in JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.SerializeToElement(extra))!)
            {
                merged[k] = v;
            }

            data = JsonSerializer.SerializeToElement(merged);
        }

        var invoke = Bot.Teams.Invoke(ActivityRouter.AdaptiveCardActionInvoke, new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" }) with
        {
            From = new ChannelAccount { Id = who.UserId, Name = who.Name, AadObjectId = who.MemberId },
        };
        if (!personal)
        {
            invoke = invoke with
            {
                Conversation = new ConversationAccount { Id = intro.ConversationId, ConversationType = "channel", IsGroup = true, TenantId = Bot.Teams.TenantId },
                ReplyToId = intro.ActivityId,
                ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = Bot.Teams.TenantId }, team = new { id = TeamId }, channel = new { id = TeamId } }),
            };
        }

        return Bot.PostAsync(invoke);
    }
}

public sealed class EmbeddedIntroRoundTests : IntroRoundContract
{
    protected override string? StorageConnectionString => null;
}

[Collection(AzuriteRoundsCollection.Name)]
public sealed class AzuriteIntroRoundTests(AzuriteFixture azurite) : IntroRoundContract
{
    protected override string? StorageConnectionString => azurite.ConnectionString;
}
