using System.Net;
using System.Text.Json;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Digest;
using ConnectorBot.Digest.Stores;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Privacy;
using ConnectorBot.Teams.Settings;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Storage.Contract;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Digest;

/// <summary>
/// The give digest end to end, through the scheduler's tick, /api/messages and the fake connector: Ben (the harness's
/// user) offers Kubernetes know-how and shares a team with five colleagues, four of whom need it. The digest, its
/// limits and memory, Offer to help, yes and no thanks, the switches, the boundaries, export and forget-me. Run on each
/// store by a small subclass.
/// </summary>
public abstract class DigestContract : IAsyncLifetime
{
    protected const string TeamId = "19:team-digest@thread.tacv2";
    private const string OtherTeamId = "19:team-digest-elsewhere@thread.tacv2";
    private const string BenOffer = "I have run Kubernetes clusters in production for five years and can review deployments.";
    private const string Gardening = "Happy to talk about gardening and allotments.";

    // Four needs Ben's offer fits (the matcher decides their order), and one it does not.
    private static readonly (string Name, string ConnectWith)[] People =
    [
        ("Ana Silva", "someone who has run Kubernetes clusters in production"),
        ("Carl Berg", "someone to review our Kubernetes deployments"),
        ("Dina Park", "an expert on Kubernetes in production"),
        ("Eve Moss", "help planning Kubernetes upgrades"),
        ("Finn Lowe", "someone who knows sourdough baking"),
    ];


    private static readonly HashSet<string> KubernetesNeeds = ["Ana Silva", "Carl Berg", "Dina Park", "Eve Moss"];

    protected BotHarness Bot { get; private set; } = null!;

    // Tuesday 10:00 UTC: an hour after a default team's digest slot (rounds on Monday 09:00, digests the day after).
    protected ManualClock Clock { get; } = new(NextTuesdayTen());

    protected List<TeamsChannelAccount> Roster { get; } = [];

    protected abstract string? StorageConnectionString { get; }

    private TeamsChannelAccount Ben => new() { Id = Bot.Teams.User.Id, Name = Bot.Teams.User.Name, AadObjectId = Bot.Teams.User.AadObjectId };

    private string BenChat => "a:personal-" + Bot.Teams.User.Id;

    public async Task InitializeAsync()
    {
        Bot = await BotHarness.StartAsync(
            StorageConnectionString,
            clock: Clock);
        for (var i = 0; i < People.Length; i++)
        {
            Roster.Add(new TeamsChannelAccount { Id = $"29:1digest-{i}-{Bot.Teams.TenantId}", Name = People[i].Name, AadObjectId = $"aad-d{i}-{Bot.Teams.TenantId}" });
            await SaveProfileAsync(Roster[i], People[i].ConnectWith, Gardening);
        }

        await SaveProfileAsync(Ben, "someone who knows payroll tax", BenOffer);
        Bot.Connector.AddMembers(TeamId, [Ben, .. Roster]);
        using var install = await Bot.PostAsync(Install(TeamId, Bot.Teams.TenantId));
        Assert.Equal(HttpStatusCode.OK, install.StatusCode);
    }

    public async Task DisposeAsync() => await Bot.DisposeAsync();

    [Fact]
    public async Task The_digest_shows_at_most_three_needs_the_members_offer_fits_each_quoted_with_why_and_an_offer_to_help_button()
    {
        var card = await DigestAsync();

        var items = Items(card);
        Assert.Equal(3, items.Count);
        Assert.Subset(KubernetesNeeds, items.Select(i => i.Name).ToHashSet());
        Assert.Contains("This week 3 people are looking for something you know", card.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Kubernetes clusters in production", card.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Why you:", card.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.DoesNotContain(Roster[4].AadObjectId!, card.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offer_to_help_asks_the_person_in_need_privately_and_their_yes_hands_both_off_with_nothing_in_a_channel()
    {
        var ana = Items(await DigestAsync())[0];

        using var offer = await OfferAsync(ana.NeederId, ana.NeedHash);
        Assert.Equal(HttpStatusCode.OK, offer.StatusCode);
        Assert.Contains("You offered to help Ana Silva", await offer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var question = await Bot.Connector.WaitForActivityAsync(a => a.Conversation?.Id == "a:personal-" + Roster[0].Id && CardText(a).Contains("Ben One offered to help you", StringComparison.Ordinal));
        Assert.Contains("No thanks", CardText(question), StringComparison.Ordinal);

        var intro = Assert.Single(await IntrosAsync());
        Assert.Equal(IntroKind.Offer, intro.Kind);
        Assert.Equal(IntroDelivery.Private, intro.Delivery);
        Assert.Equal(Decision.Accepted, intro.Party(Bot.Teams.User.AadObjectId!)!.Decision);
        Assert.Equal(People[0].ConnectWith, intro.Party(Roster[0].AadObjectId!)!.ConnectWith);

        using var yes = await AnswerAsync(intro, Roster[0], IntrosVerbs.Accept);
        Assert.Equal(HttpStatusCode.OK, yes.StatusCode);
        await Bot.Connector.WaitForActivitiesAsync(IsHandoff, 2);
        Assert.Equal(IntroState.Connected, (await IntroAsync(intro.IntroId)).State);
        Assert.DoesNotContain(Bot.Connector.OutgoingActivities, a => a.Conversation?.Id?.StartsWith(TeamId, StringComparison.Ordinal) == true && a.Attachments is { Count: > 0 });

        // A second press makes nothing new.
        using var again = await OfferAsync(ana.NeederId, ana.NeedHash);
        Assert.Contains("already offered", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await IntrosAsync());
    }

    [Fact]
    public async Task No_thanks_from_the_person_in_need_sends_the_helper_a_kind_note_and_no_handoff()
    {
        var carl = Items(await DigestAsync())[1];
        using (await OfferAsync(carl.NeederId, carl.NeedHash))
        {
        }

        var intro = Assert.Single(await IntrosAsync());
        await Bot.Connector.WaitForActivityAsync(a => a.Conversation?.Id == "a:personal-" + Roster[1].Id);
        using (await AnswerAsync(intro, Roster[1], IntrosVerbs.Pass))
        {
        }

        await Bot.Connector.WaitForActivityAsync(a => a.Conversation?.Id == BenChat && a.Text?.Contains("Thanks for offering to help Carl Berg", StringComparison.Ordinal) == true);
        Assert.Equal(IntroState.Passed, (await IntroAsync(intro.IntroId)).State);
        Assert.DoesNotContain(Bot.Connector.OutgoingActivities, IsHandoff);
    }

    [Fact]
    public async Task A_member_gets_one_digest_a_week_across_ticks_and_restarts_and_never_the_same_need_twice()
    {
        var first = Items(await DigestAsync()).Select(i => i.Name).ToList();
        await TickAsync();
        await Bot.RestartAsync();
        await TickAsync();
        Assert.Single(DigestCards());

        // Next week: only the need not shown yet.
        Clock.Advance(TimeSpan.FromDays(7));
        var second = await DigestAsync();
        Assert.Equal(KubernetesNeeds.Except(first), Items(second).Select(i => i.Name));
        Assert.Contains("This week 1 person is looking", second.GetRawText(), StringComparison.Ordinal);

        // The week after: nothing new, so no digest at all.
        Clock.Advance(TimeSpan.FromDays(7));
        await TickAsync();
        Assert.Equal(2, DigestCards().Count);

        // Ana changes her need: an edited need may come again.
        await SaveProfileAsync(Roster[0], "someone who has run Kubernetes clusters in production on bare metal", Gardening);
        Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(["Ana Silva"], Items(await DigestAsync()).Select(i => i.Name));
    }

    [Fact]
    public async Task A_digest_teams_throttles_is_kept_in_the_reply_outbox_and_delivered_later_once()
    {
        // Both attempts a send may make at once are refused: the digest is queued, not lost, and the week is done.
        Bot.Connector.Script(FakeRoute.SendToConversation, FakeResponse.Throttled(TimeSpan.FromSeconds(1)), FakeResponse.Throttled(TimeSpan.FromSeconds(1)));
        await TickAsync();
        for (var step = 0; step < 300 && DigestCards().Count == 0; step++)
        {
            await Task.Delay(20);
            Clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(3, Items(Assert.Single(DigestCards())).Count);
        Assert.Equal(3, Bot.Connector.CallsTo(FakeRoute.SendToConversation).Count(c => c.Body.Contains(DigestStrings.Kicker, StringComparison.Ordinal)));
        await TickAsync();
        Assert.Single(DigestCards());
    }

    [Fact]
    public async Task Needs_of_members_who_did_not_consent_are_paused_or_on_a_never_list_never_appear()
    {
        await SaveProfileAsync(Roster[0], People[0].ConnectWith, Gardening, p => p with { Consent = false });
        await SaveProfileAsync(Roster[1], People[1].ConnectWith, Gardening, p => p with { PausedUntil = Clock.GetUtcNow().AddDays(14) });
        // The person in need listed Ben: the real never list, read both ways.
        await Bot.Services.GetRequiredService<ConnectorBot.Intros.NeverList.NeverListStore>().AddAsync(
            new ConnectorBot.Intros.NeverList.NeverEntry { TenantId = Bot.Teams.TenantId, MemberId = Roster[2].AadObjectId!, ExcludedId = Bot.Teams.User.AadObjectId!, ExcludedName = "Ben One", AddedAt = Clock.GetUtcNow() },
            default);

        var items = Items(await DigestAsync());

        Assert.Equal(["Eve Moss"], items.Select(i => i.Name));
    }

    [Fact]
    public async Task A_pair_with_an_open_intro_gets_no_item()
    {
        var open = new IntroRecord
        {
            TenantId = Bot.Teams.TenantId,
            TeamId = TeamId,
            RoundId = "20260101T0900",
            IntroId = "open-ben-ana",
            Parties =
            [
                new IntroParty { MemberId = Bot.Teams.User.AadObjectId!, UserId = Bot.Teams.User.Id!, Name = "Ben One" },
                new IntroParty { MemberId = Roster[0].AadObjectId!, UserId = Roster[0].Id!, Name = "Ana Silva" },
            ],
            Reason = "A round's intro.",
            State = IntroState.Posted,
            ServiceUrl = Bot.Connector.ServiceUrl.ToString(),
            ChannelId = TeamId,
        };
        await Bot.Services.GetRequiredService<IntroStore>().AddManyAsync([open]);

        Assert.DoesNotContain("Ana Silva", Items(await DigestAsync()).Select(i => i.Name));
    }

    [Fact]
    public async Task Digest_off_stops_the_members_digest_and_digest_on_brings_it_back()
    {
        var off = await Bot.SayAsync("Digest off!");
        Assert.Contains(off, t => t.Contains("no more weekly digests", StringComparison.Ordinal));
        await TickAsync();
        Assert.Empty(DigestCards());

        var on = await Bot.SayAsync("digest on");
        Assert.Contains(on, t => t.Contains("once a week", StringComparison.Ordinal));
        Assert.Contains(await Bot.SayAsync("digest"), t => t.Contains("is **on**", StringComparison.Ordinal));
        Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(3, Items(await DigestAsync()).Count);
    }

    [Fact]
    public async Task A_team_whose_admin_switched_the_digest_off_sends_none()
    {
        var teams = Bot.Services.GetRequiredService<TeamSettingsStore>();
        var team = await teams.GetAsync(Bot.Teams.TenantId, TeamId) ?? throw new InvalidOperationException("Not installed.");

        // The settings form's toggle, as a Save press sends it.
        var save = new CardAction(SettingsVerbs.Save, JsonSerializer.SerializeToElement(new Dictionary<string, string> { [SettingsDraft.DigestOnId] = "false" }), IsExecute: true);
        var apply = SettingsDraft.Read(save, team).Validate([TeamId]).Apply ?? throw new InvalidOperationException("The form was refused.");
        await teams.UpdateAsync(Bot.Teams.TenantId, TeamId, current => apply(current!));
        Assert.Equal("false", SettingsDraft.From((await teams.GetAsync(Bot.Teams.TenantId, TeamId))!).DigestOn);

        await TickAsync();

        Assert.Empty(DigestCards());
    }

    [Fact]
    public async Task Only_colleagues_who_share_a_team_with_the_member_in_the_same_tenant_appear()
    {
        // Twins of Ana with the same need: one in a team of this tenant Ben is not in, one in another tenant's team with Ben's ids.
        var stranger = new TeamsChannelAccount { Id = "29:1stranger", Name = "Stella Stranger", AadObjectId = "aad-stranger-" + Bot.Teams.TenantId };
        Bot.Connector.AddMembers(OtherTeamId, [stranger]);
        using (await Bot.PostAsync(Install(OtherTeamId, Bot.Teams.TenantId)))
        {
        }

        await SaveProfileAsync(stranger, People[0].ConnectWith + " at scale", Gardening);
        var otherTenant = "other-" + Bot.Teams.TenantId;
        const string ForeignTeam = "19:team-foreign@thread.tacv2";
        var foreigner = new TeamsChannelAccount { Id = "29:1foreigner", Name = "Fritz Foreign", AadObjectId = "aad-foreigner" };
        Bot.Connector.AddMembers(ForeignTeam, [Ben, foreigner]);
        using (await Bot.PostAsync(Install(ForeignTeam, otherTenant)))
        {
        }

        await SaveProfileAsync(foreigner, People[0].ConnectWith + " for us", Gardening, tenantId: otherTenant);

        var names = Items(await DigestAsync()).Select(i => i.Name).ToList();

        Assert.DoesNotContain("Stella Stranger", names);
        Assert.DoesNotContain("Fritz Foreign", names);
        Assert.Single(DigestCards());
    }

    [Fact]
    public async Task An_offer_on_someone_elses_digest_or_a_changed_need_asks_nobody()
    {
        var ana = Items(await DigestAsync())[0];

        // Ana presses Ben's button (forwarded or hand-made): nothing was shown to her.
        var intruder = Bot.Teams.Invoke(ActivityRouter.AdaptiveCardActionInvoke, new { action = new { type = "Action.Execute", verb = DigestVerbs.Offer, data = new { neederId = ana.NeederId, needHash = ana.NeedHash } }, trigger = "manual" }) with
        {
            From = new ChannelAccount { Id = Roster[0].Id, Name = Roster[0].Name, AadObjectId = Roster[0].AadObjectId },
        };
        using var foreign = await Bot.PostAsync(intruder);
        Assert.Contains("find this item any more", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Ana changed her need since the digest: Ben's offer was about the old one.
        await SaveProfileAsync(Roster[0], "someone who knows payroll", Gardening);
        using var stale = await OfferAsync(ana.NeederId, ana.NeedHash);
        Assert.Contains("looking for introductions on this right now", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await IntrosAsync());
    }

    [Fact]
    public async Task Export_has_what_the_digest_remembers_and_forget_me_erases_it_and_the_forgotten_members_needs_in_others_memory()
    {
        await DigestAsync();
        Assert.Contains(await Bot.SayAsync("digest off"), t => t.Length > 0);
        var store = Bot.Services.GetRequiredService<DigestStore>();
        Assert.Contains(Bot.Services.GetServices<IMemberData>(), d => d.Name == DigestStore.TableName);
        var ben = new MemberKey(Bot.Teams.TenantId, Bot.Teams.User.AadObjectId!, Bot.Teams.User.Id!, null);
        var exported = await store.ExportAsync(ben, default);
        Assert.Contains(exported, row => row.TryGetValue("Off", out var off) && off is true);
        Assert.Equal(3, exported.Count(row => row.TryGetValue("NeederName", out _)));
        Assert.True(PrivacyStrings.Knows(DigestStore.TableName));

        // Ana is forgotten: Ben's memory no longer names her.
        await store.EraseAsync(new MemberKey(Bot.Teams.TenantId, Roster[0].AadObjectId!, Roster[0].Id!, null), default);
        Assert.DoesNotContain(await store.ListSentAsync(Bot.Teams.TenantId, ben.MemberId, default), s => s.NeederId == Roster[0].AadObjectId);

        // Ben is forgotten: everything the digest kept about him goes.
        await store.EraseAsync(ben, default);
        Assert.Empty(await store.ExportAsync(ben, default));
        Assert.Null(await store.GetMemberAsync(Bot.Teams.TenantId, ben.MemberId, default));
    }

    protected static bool IsHandoff(Activity activity) => activity.Text?.Contains("You're connected with", StringComparison.Ordinal) == true;

    private static DateTimeOffset NextTuesdayTen()
    {
        var today = DateTimeOffset.UtcNow.Date;
        var days = ((int)DayOfWeek.Tuesday - (int)today.DayOfWeek + 7) % 7;
        return new DateTimeOffset(today.AddDays(days == 0 ? 7 : days).AddHours(10), TimeSpan.Zero);
    }

    /// <summary>
    /// One digest scheduler pass; the test clock moves on a second at a time while it waits (retries run on it, and on
    /// Azurite the pass also visits other tests' teams, whose connectors are gone).
    /// </summary>
    private async Task TickAsync()
    {
        var tick = Bot.Services.GetRequiredService<DigestScheduler>().TickAsync(default);
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

    private async Task<JsonElement> DigestAsync()
    {
        var before = DigestCards().Count;
        await TickAsync();
        var cards = DigestCards();
        Assert.Equal(before + 1, cards.Count);
        return cards[^1];
    }

    private List<JsonElement> DigestCards() =>
        [.. Bot.Connector.OutgoingActivities
            .Where(a => a.Conversation?.Id == BenChat)
            .SelectMany(a => a.Attachments ?? [])
            .Select(a => a.Content)
            .OfType<JsonElement>()
            .Where(c => c.GetRawText().Contains(DigestStrings.Kicker, StringComparison.Ordinal))];

    private static List<(string Name, string NeederId, string NeedHash)> Items(JsonElement card)
    {
        var found = new List<(string, string, string)>();
        foreach (var container in card.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "Container"))
        {
            var items = container.GetProperty("items").EnumerateArray().ToList();
            var data = items.Where(i => i.GetProperty("type").GetString() == "ActionSet").SelectMany(i => i.GetProperty("actions").EnumerateArray()).Single().GetProperty("data");
            var title = items[0].GetProperty("text").GetString()!;
            found.Add((title[..title.IndexOf(" is looking for", StringComparison.Ordinal)], data.GetProperty(DigestVerbs.NeederIdKey).GetString()!, data.GetProperty(DigestVerbs.NeedHashKey).GetString()!));
        }

        return found;
    }

    private Task<HttpResponseMessage> OfferAsync(string neederId, string needHash) =>
        Bot.PostAsync(Bot.Teams.Invoke(ActivityRouter.AdaptiveCardActionInvoke, new { action = new { type = "Action.Execute", verb = DigestVerbs.Offer, data = new { neederId, needHash } }, trigger = "manual" }));

    private Task<HttpResponseMessage> AnswerAsync(IntroRecord intro, TeamsChannelAccount who, string verb)
    {
        var invoke = Bot.Teams.Invoke(ActivityRouter.AdaptiveCardActionInvoke, new { action = new { type = "Action.Execute", verb, data = new { introId = intro.IntroId, teamId = intro.TeamId } }, trigger = "manual" }) with
        {
            From = new ChannelAccount { Id = who.Id, Name = who.Name, AadObjectId = who.AadObjectId },
            Conversation = new ConversationAccount { Id = "a:personal-" + who.Id, ConversationType = "personal", TenantId = Bot.Teams.TenantId },
        };
        return Bot.PostAsync(invoke);
    }

    private static string CardText(Activity activity) => string.Join('\n', (activity.Attachments ?? []).Select(a => a.Content is JsonElement e ? e.GetRawText() : string.Empty));

    private async Task<List<IntroRecord>> IntrosAsync()
    {
        var list = new List<IntroRecord>();
        await foreach (var intro in Bot.Services.GetRequiredService<IntroStore>().ListAsync(Bot.Teams.TenantId, TeamId))
        {
            list.Add(intro);
        }

        return list;
    }

    private async Task<IntroRecord> IntroAsync(string introId) =>
        await Bot.Services.GetRequiredService<IntroStore>().GetAsync(Bot.Teams.TenantId, TeamId, introId) ?? throw new InvalidOperationException("No such intro.");

    private Task SaveProfileAsync(TeamsChannelAccount who, string connectWith, string offer, Func<Profile, Profile>? change = null, string? tenantId = null)
    {
        var tenant = tenantId ?? Bot.Teams.TenantId;
        var profile = new Profile
        {
            TenantId = tenant,
            MemberId = who.AadObjectId!,
            Name = who.Name,
            Accomplish = "Ship the platform this year.",
            ConnectWith = connectWith,
            Offer = offer,
            Consent = true,
            AnsweredAt = Clock.GetUtcNow(),
            CreatedAt = Clock.GetUtcNow(),
        };
        return Bot.Services.GetRequiredService<ProfileStore>().UpdateAsync(new MemberKey(tenant, who.AadObjectId!, who.Id!, null), _ => (change ?? (p => p))(profile), default);
    }

    private Activity Install(string teamId, string tenantId) => Bot.Teams.PersonalMessage(string.Empty) with
    {
        Type = ActivityTypes.ConversationUpdate,
        Text = null,
        Conversation = new ConversationAccount { Id = teamId, ConversationType = "channel", IsGroup = true, TenantId = tenantId },
        MembersAdded = [TeamsActivities.Bot],
        ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = tenantId }, team = new { id = teamId, name = "Contoso" }, eventType = "teamMemberAdded" }),
    };
}

public sealed class EmbeddedDigestTests : DigestContract
{
    protected override string? StorageConnectionString => null;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteDigestTests(AzuriteFixture azurite) : DigestContract
{
    protected override string? StorageConnectionString => azurite.ConnectionString;
}
