using System.Text.Json;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Teams.Settings;
using ConnectorBot.Tests.BotFramework;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Intros;

/// <summary>
/// Issue 16, item 4: a 1,000-member round (500 intros, channel limit 25) delivered through the outbox and the real
/// connector client, rate limits on, to a fake Teams: 25 channel threads and 475 × 2 private cards, each once, within
/// Teams' published limits (per app and tenant, per conversation), also when Teams throttles and fails at random; and
/// 300 more members left first in line, each told once in their 1:1 chat, after every card (when nothing was deferred).
/// Time is a <see cref="ManualClock"/> that jumps to each wait, so the limits are checked on the calls as Teams stamped
/// them, never on the wall clock. The plan is made up (matching 1,000 people is the matcher's tests' business); what is
/// under test is the round's writing, the channel limit and the delivery.
/// </summary>
public sealed class BigRoundDeliveryTests : IAsyncLifetime
{
    private const string TeamId = "19:big-team@thread.tacv2";
    private const string ChannelId = "19:big-intros@thread.tacv2";
    private const int Pairs = 500;
    private const int Waiting = 300;

    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    // Only the outbox and its connector run on this clock, one wait at a time, so jumping to each wait is exact.
    private readonly ManualClock _clock = new(Start) { AutoAdvance = true };
    private readonly HttpClient _http = new();
    private BotHarness _bot = null!;
    private FakeConnector _teams = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(clock: new ManualClock(Start));
        _teams = await FakeConnector.StartAsync(_clock);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _teams.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_thousand_member_round_posts_25_in_the_channel_and_950_private_cards_each_once_within_Teams_limits(bool throttled)
    {
        var team = await TeamAsync();
        var plan = await PlanAsync(team);

        var report = await _bot.Services.GetRequiredService<RoundRunner>().WriteAsync(team, plan, Start, default);
        if (throttled)
        {
            // Many 429s with Retry-After and 503s, some outlasting the client's retries: the outbox defers and resends.
            _teams.FailAtRandom(seed: 16, throttled: 0.3, unavailable: 0.2, retryAfter: TimeSpan.FromSeconds(2));
        }

        await DrainAsync();

        Assert.Equal((Pairs, 25, Pairs - 25), (report.Intros, report.InChannel, report.Privately));
        var intros = await IntrosAsync();
        var best = plan.NewIntros.OrderByDescending(i => i.Score).Take(25).Select(i => i.IntroId).ToHashSet();
        Assert.Equal(best.Order(), intros.Where(i => i.Delivery == IntroDelivery.Channel).Select(i => i.IntroId).Order());
        Assert.All(intros, i => Assert.Equal(IntroState.Posted, i.State));

        // Nothing missing, nothing twice: each channel intro is one thread, each private one a card in each person's chat.
        var delivered = _teams.OutgoingActivities.Where(a => a.Text != IntrosStrings.Private.FirstInLineNote).Select(a => (Chat: a.Conversation?.Id ?? string.Empty, IntroId: IntroIdOf(a))).ToList();
        var threads = delivered.Where(d => d.Chat.StartsWith(ChannelId + ";messageid=", StringComparison.Ordinal)).Select(d => d.IntroId).ToList();
        Assert.Equal(best.Order(), threads.Order());
        var cards = delivered.Where(d => d.Chat.StartsWith("a:personal-", StringComparison.Ordinal)).Select(d => $"{d.IntroId}|{d.Chat}").ToList();
        var expected = intros.Where(i => i.Delivery == IntroDelivery.Private).SelectMany(i => i.Parties.Select(p => $"{i.IntroId}|a:personal-{p.UserId}")).ToList();
        Assert.Equal(950, expected.Count);
        Assert.Equal(expected.Order(), cards.Order());
        Assert.Equal(25 + 950, delivered.Count);

        // Each member left waiting told once, in their own chat; after every card unless Teams deferred some of them.
        var notes = _teams.OutgoingActivities.Where(a => a.Text == IntrosStrings.Private.FirstInLineNote).Select(a => a.Conversation!.Id!).ToList();
        Assert.Equal(plan.FirstInLine.Select(id => ChatOf(WaitingUserId(id))).Order(), notes.Order());
        if (!throttled)
        {
            var sent = _teams.OutgoingActivities.ToList();
            Assert.True(sent.FindLastIndex(a => a.Text != IntrosStrings.Private.FirstInLineNote) < sent.FindIndex(a => a.Text == IntrosStrings.Private.FirstInLineNote));
        }

        // Teams' limits, on every request it received (refused ones count too): 50 a second for the app in the tenant,
        // and each conversation's windows, the channel's included.
        var calls = _teams.Calls.Where(c => c.Route != FakeRoute.Token).ToList();
        AssertWithin(calls.Select(c => c.ReceivedAt), TeamsRateLimits.Tenant(50), "the tenant");
        foreach (var conversation in calls.GroupBy(ConversationOf))
        {
            AssertWithin(conversation.Select(c => c.ReceivedAt), TeamsRateLimits.Writes, conversation.Key);
        }

        var channelPosts = calls.Count(c => c.Route == FakeRoute.CreateConversation && ConversationOf(c) == ChannelId);
        Assert.True(throttled ? channelPosts >= 25 : channelPosts == 25, $"{channelPosts} channel posts tried.");
    }

    /// <summary>Sends until the outbox is empty; a deferred item is waited for by moving the clock to when it is due.</summary>
    private async Task DrainAsync()
    {
        var connector = new ConnectorClient(
            _http,
            tokens: null,
            new ConnectorOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(100), RetryMaxDelay = TimeSpan.FromSeconds(2) },
            _clock);
        var worker = ActivatorUtilities.CreateInstance<OutboxWorker>(_bot.Services, (IConnectorClient)connector, (TimeProvider)_clock);
        var outbox = _bot.Services.GetRequiredService<OutboxStore>();
        for (var pass = 0; pass < 100; pass++)
        {
            await worker.DrainAsync(_bot.Teams.TenantId, TeamId, default);
            var pending = new List<OutboxItem>();
            await foreach (var item in outbox.ListPendingAsync(_bot.Teams.TenantId, TeamId))
            {
                pending.Add(item);
            }

            if (pending.Count == 0)
            {
                return;
            }

            var due = pending.Min(i => i.NotBefore ?? Start);
            if (due > _clock.GetUtcNow())
            {
                _clock.Advance(due - _clock.GetUtcNow());
            }
        }

        Assert.Fail("The outbox still holds items after 100 drains.");
    }

    private async Task<TeamSettings> TeamAsync() =>
        (await _bot.Services.GetRequiredService<TeamSettingsStore>().UpdateAsync(_bot.Teams.TenantId, TeamId, _ => new TeamSettings
        {
            TenantId = _bot.Teams.TenantId,
            TeamId = TeamId,
            ServiceUrl = _teams.ServiceUrl.ToString(),
            BotId = "28:connectorbot",
            IntroChannelId = ChannelId,
            ChannelIntrosPerRound = 25,
            InstalledAt = Start.AddDays(-7),
        }))!;

    /// <summary>1,000 members who agreed to be introduced, in 500 intros of falling scores.</summary>
    private async Task<RoundPlan> PlanAsync(TeamSettings team)
    {
        var profiles = _bot.Services.GetRequiredService<ProfileStore>();
        var roundId = RoundSchedule.SlotId(Start);
        var intros = new List<IntroRecord>();
        for (var pair = 0; pair < Pairs; pair++)
        {
            var parties = new List<IntroParty>();
            foreach (var member in new[] { 2 * pair, (2 * pair) + 1 })
            {
                var id = $"aad-{member}";
                var userId = $"29:1user-{member}";
                await profiles.UpdateAsync(
                    new MemberKey(team.TenantId, id, userId, null),
                    _ => new Profile { TenantId = team.TenantId, MemberId = id, Name = $"Member {member}", Consent = true, CreatedAt = Start },
                    default);
                parties.Add(new IntroParty { MemberId = id, UserId = userId, Name = $"Member {member}", Offer = "Spreadsheets", ConnectWith = "A data person" });
            }

            intros.Add(new IntroRecord
            {
                TenantId = team.TenantId,
                TeamId = TeamId,
                RoundId = roundId,
                IntroId = IntroIds.For(roundId, parties.Select(p => p.MemberId)),
                Parties = parties,
                Score = 1 - (((pair * 7919) % Pairs) / (double)Pairs),
                Reason = "Both work with data.",
                ServiceUrl = team.ServiceUrl,
                ChannelId = ChannelId,
                CreatedAt = Start,
            });
        }

        // Members left first in line, who talked to the bot (so their 1:1 chat is stored).
        var waiting = new List<string>();
        for (var member = 2 * Pairs; member < (2 * Pairs) + Waiting; member++)
        {
            var id = $"aad-{member}";
            var userId = WaitingUserId(id);
            await profiles.UpdateAsync(
                new MemberKey(team.TenantId, id, userId, null),
                _ => new Profile { TenantId = team.TenantId, MemberId = id, Name = $"Member {member}", Consent = true, CreatedAt = Start, Chat = new PersonalChat(team.ServiceUrl, ChatOf(userId), userId, team.BotId) },
                default);
            waiting.Add(id);
        }

        return new RoundPlan(roundId, (2 * Pairs) + Waiting, (2 * Pairs) + Waiting, [], intros, waiting);
    }

    private static string WaitingUserId(string memberId) => "29:1user-" + memberId["aad-".Length..];

    private static string ChatOf(string userId) => "a:personal-" + userId;

    private async Task<List<IntroRecord>> IntrosAsync()
    {
        var list = new List<IntroRecord>();
        await foreach (var intro in _bot.Services.GetRequiredService<IntroStore>().ListAsync(_bot.Teams.TenantId, TeamId))
        {
            list.Add(intro);
        }

        return list;
    }

    /// <summary>The conversation a request counts against: the channel for a new thread, the person for a new 1:1 chat.</summary>
    private static string ConversationOf(FakeCall call) => call.Route == FakeRoute.CreateConversation
        ? call.Json.TryGetProperty("channelData", out var data) && data.TryGetProperty("channel", out var channel) ? channel.GetProperty("id").GetString()! : call.Json.GetProperty("members")[0].GetProperty("id").GetString()!
        : call.RouteValues.GetValueOrDefault("conversationId") ?? call.RawTarget;

    private static string? IntroIdOf(Activity activity) => (activity.Attachments ?? [])
        .Select(a => a.Content is JsonElement card && card.TryGetProperty("actions", out var actions)
            ? actions.EnumerateArray().Select(x => x.TryGetProperty("data", out var d) && d.TryGetProperty(IntrosVerbs.IntroIdKey, out var id) ? id.GetString() : null).FirstOrDefault(id => id is not null)
            : null)
        .FirstOrDefault(id => id is not null);

    /// <summary>No window of <paramref name="windows"/> ever held more than its limit (a window is (t − period, t]).</summary>
    private static void AssertWithin(IEnumerable<DateTimeOffset> stamps, IReadOnlyList<RateWindow> windows, string what)
    {
        var sorted = stamps.Order().ToList();
        foreach (var window in windows)
        {
            var first = 0;
            for (var last = 0; last < sorted.Count; last++)
            {
                while (sorted[first] <= sorted[last] - window.Period)
                {
                    first++;
                }

                Assert.True(last - first + 1 <= window.Limit, $"{last - first + 1} requests to {what} within {window.Period} (limit {window.Limit}).");
            }
        }
    }
}
