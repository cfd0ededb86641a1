using System.Net;
using System.Text.Json;

using ConnectorBot.Asks;
using ConnectorBot.Asks.Stores;
using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Embeddings;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Intros;
using ConnectorBot.Tests.Storage.Contract;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Asks;

/// <summary>
/// "Who can help me with…?" end to end through /api/messages and the fake connector: the asker (the harness's user) and
/// ten colleagues share a team; the ask, the card, the pick, the private question, yes and not now, and every rule on
/// who may be shown and how often. Run on each store by a small subclass.
/// </summary>
public abstract class AskContract : IAsyncLifetime
{
    protected const string TeamId = "19:team-asks@thread.tacv2";
    private const string OtherTeamId = "19:team-elsewhere@thread.tacv2";

    // Fits Gwen Ito's offer ("I fixed the Wi-Fi dead zones in the warehouse last spring.") in other words.
    private const string WifiNeed = "who can help me with wireless coverage in our warehouse?";

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

        var asker = new TeamsChannelAccount { Id = Bot.Teams.User.Id, Name = Bot.Teams.User.Name, AadObjectId = Bot.Teams.User.AadObjectId, UserPrincipalName = "ben@contoso.example" };
        Bot.Connector.AddMembers(TeamId, [asker, .. Roster]);
        for (var i = 0; i < People.Length; i++)
        {
            await SaveProfileAsync(i, p => p);
        }

        await SaveProfileAsync(Bot.Teams.User.AadObjectId!, Bot.Teams.User.Id!, "Ben One", "Ship the warehouse app.", "someone who knows warehouse networks", "I can review your data models.");

        // Stored vectors, as the background keeps them for members who answered in the interview.
        var members = Roster.Select((r, i) => MatchProfiles.From(Profile(i))).ToList();
        await Bot.Services.GetRequiredService<MeaningProviders>().InPreference[0].ForAsync(Bot.Teams.TenantId, members, budget: 100, default);

        using var install = await Bot.PostAsync(Install(TeamId));
        Assert.Equal(HttpStatusCode.OK, install.StatusCode);
    }

    public async Task DisposeAsync() => await Bot.DisposeAsync();

    [Fact]
    public async Task An_ask_answers_with_up_to_three_colleagues_best_first_each_with_a_reason_in_their_own_words()
    {
        var card = await AskAsync(WifiNeed);

        var candidates = Candidates(card);
        Assert.InRange(candidates.Count, 1, 3);
        Assert.Equal("Gwen Ito", candidates[0].Name);
        Assert.Contains("Wi-Fi", card.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(candidates, c => c.Name == "Ben One");
        var ask = Assert.Single(await AsksAsync());
        Assert.Equal("wireless coverage in our warehouse", ask.Need);
    }

    [Fact]
    public async Task Picking_asks_the_colleague_privately_and_their_yes_hands_both_off_with_nothing_in_a_channel()
    {
        var card = await AskAsync(WifiNeed);
        var gwen = Candidates(card)[0];

        using var pick = await PickAsync(card, gwen.MemberId);
        Assert.Equal(HttpStatusCode.OK, pick.StatusCode);
        var question = await Bot.Connector.WaitForActivityAsync(a => a.Conversation?.Id == "a:personal-" + Roster[0].Id && CardText(a).Contains("Ben One is looking for help", StringComparison.Ordinal));
        Assert.Contains("wireless coverage in our warehouse", CardText(question), StringComparison.Ordinal);

        var intro = Assert.Single(await IntrosAsync());
        Assert.Equal(IntroKind.Ask, intro.Kind);
        Assert.Equal(IntroDelivery.Private, intro.Delivery);
        Assert.Equal(Decision.Accepted, intro.Party(Bot.Teams.User.AadObjectId!)!.Decision);

        using var yes = await AnswerAsync(intro, Roster[0], IntrosVerbs.Accept);
        Assert.Equal(HttpStatusCode.OK, yes.StatusCode);
        await Bot.Connector.WaitForActivitiesAsync(IsHandoff, 2);

        Assert.Equal(IntroState.Connected, (await IntroAsync(intro.IntroId)).State);
        Assert.DoesNotContain(Bot.Connector.CallsTo(FakeRoute.CreateConversation), c => c.Body.Contains("\"isGroup\":true", StringComparison.Ordinal));
        Assert.DoesNotContain(Bot.Connector.OutgoingActivities, a => a.Conversation?.Id?.StartsWith(TeamId, StringComparison.Ordinal) == true && a.Attachments is { Count: > 0 });
    }

    [Fact]
    public async Task Not_now_tells_the_asker_kindly_and_they_may_ask_the_next_one()
    {
        // A second colleague who knows wireless networks, so the ask finds two.
        await AddColleagueAsync("Wanda Weiss", "Plan the network for the new depot.", "someone who has run a depot move", "I designed the wireless access points for our distribution centre.");
        var card = await AskAsync(WifiNeed);
        var candidates = Candidates(card);
        Assert.True(candidates.Count >= 2, $"the need should find at least two colleagues, found {string.Join(", ", candidates.Select(c => c.Name))}");
        using (await PickAsync(card, candidates[0].MemberId))
        {
        }

        var intro = Assert.Single(await IntrosAsync());
        var helper = Roster.Single(r => r.AadObjectId == candidates[0].MemberId);
        await Bot.Connector.WaitForActivityAsync(a => a.Conversation?.Id == "a:personal-" + helper.Id);
        using (await AnswerAsync(intro, helper, IntrosVerbs.Pass))
        {
        }

        await Bot.Connector.WaitForActivityAsync(a => a.Conversation?.Id == "a:personal-" + Bot.Teams.User.Id && a.Text?.Contains("can't take this one on right now", StringComparison.Ordinal) == true);
        Assert.Equal(IntroState.Passed, (await IntroAsync(intro.IntroId)).State);
        Assert.DoesNotContain(Bot.Connector.OutgoingActivities, IsHandoff);

        using var next = await PickAsync(card, candidates[1].MemberId);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal(2, (await IntrosAsync()).Count);
    }

    [Fact]
    public async Task The_summary_cards_find_button_asks_like_a_typed_ask()
    {
        var before = Bot.Connector.OutgoingActivities.Count;
        using var click = await Bot.PostAsync(Bot.Teams.Invoke(ActivityRouter.AdaptiveCardActionInvoke, new { action = new { type = "Action.Execute", verb = AsksVerbs.Find, data = new { need = "wireless coverage in our warehouse" } }, trigger = "manual" }));

        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        var card = Bot.SentSince(before).SelectMany(a => a.Attachments ?? []).Select(a => a.Content).OfType<JsonElement>().Last();
        Assert.Equal("Gwen Ito", Candidates(card)[0].Name);
        Assert.Equal("wireless coverage in our warehouse", Assert.Single(await AsksAsync()).Need);
    }

    [Fact]
    public async Task An_ask_nobody_answers_expires_and_the_asker_hears_so_kindly()
    {
        var card = await AskAsync(WifiNeed);
        using (await PickAsync(card, Candidates(card)[0].MemberId))
        {
        }

        var intro = Assert.Single(await IntrosAsync());
        await Bot.Connector.WaitForActivityAsync(a => a.Conversation?.Id == "a:personal-" + Roster[0].Id);
        Clock.Advance(TimeSpan.FromDays(8));
        var team = await Bot.Services.GetRequiredService<ConnectorBot.Teams.Settings.TeamSettingsStore>().GetAsync(Bot.Teams.TenantId, TeamId);
        await Bot.Services.GetRequiredService<IntroLifecycle>().RunAsync(team!, default);
        Bot.Services.GetRequiredService<OutboxWakeUp>().Wake(Bot.Teams.TenantId, TeamId);

        await Bot.Connector.WaitForActivityAsync(a => a.Conversation?.Id == "a:personal-" + Bot.Teams.User.Id && a.Text?.Contains("hasn't answered in time", StringComparison.Ordinal) == true);
        Assert.Equal(IntroState.Expired, (await IntroAsync(intro.IntroId)).State);
    }

    [Fact]
    public async Task My_intros_shows_the_ask_as_one_the_member_started()
    {
        var card = await AskAsync(WifiNeed);
        using (await PickAsync(card, Candidates(card)[0].MemberId))
        {
        }

        var before = Bot.Connector.OutgoingActivities.Count;
        await Bot.SayAsync("my intros");

        var shown = string.Join('\n', Bot.SentSince(before).SelectMany(a => a.Attachments ?? []).Select(a => a.Content is JsonElement e ? e.GetRawText() : string.Empty));
        Assert.Contains("You asked who could help", shown, StringComparison.Ordinal);
        Assert.Contains("Gwen Ito", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Picking_the_same_colleague_twice_asks_them_once()
    {
        var card = await AskAsync(WifiNeed);
        var gwen = Candidates(card)[0];
        using (await PickAsync(card, gwen.MemberId))
        {
        }

        using var again = await PickAsync(card, gwen.MemberId);

        Assert.Contains("already asked them", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await IntrosAsync());
    }

    [Fact]
    public async Task Paused_and_non_consenting_colleagues_are_never_shown()
    {
        await AddColleagueAsync("Wanda Weiss", "Plan the network for the new depot.", "someone who has run a depot move", "I designed the wireless access points for our distribution centre.");
        Assert.Contains(Candidates(await AskAsync(WifiNeed)), c => c.Name == "Gwen Ito");
        await SaveProfileAsync(0, p => p with { Consent = false });
        Assert.DoesNotContain(Candidates(await AskAsync(WifiNeed)), c => c.Name == "Gwen Ito");

        await SaveProfileAsync(0, p => p with { PausedUntil = Clock.GetUtcNow().AddDays(14) });
        var before = Bot.Connector.OutgoingActivities.Count;
        var texts = await Bot.SayAsync(WifiNeed);

        Assert.DoesNotContain(texts, t => t.Contains("Gwen", StringComparison.Ordinal));
        Assert.DoesNotContain(Candidates(LastCard(before)), c => c.Name == "Gwen Ito");
    }

    [Fact]
    public async Task A_colleague_asked_often_this_week_is_not_shown_and_is_shown_again_a_week_later()
    {
        var store = Bot.Services.GetRequiredService<AskStore>();
        await store.RecordAskedAsync(Bot.Teams.TenantId, Roster[0].AadObjectId!, "intro-a", Clock.GetUtcNow(), default);
        await store.RecordAskedAsync(Bot.Teams.TenantId, Roster[0].AadObjectId!, "intro-b", Clock.GetUtcNow(), default);

        var texts = await Bot.SayAsync(WifiNeed);
        Assert.Contains(texts, t => t.Contains("couldn't find anyone", StringComparison.Ordinal));

        Clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal("Gwen Ito", Candidates(await AskAsync(WifiNeed))[0].Name);
    }

    [Fact]
    public async Task A_colleague_on_either_ones_never_list_is_never_shown()
    {
        Assert.Contains(Candidates(await AskAsync(WifiNeed)), c => c.Name == "Gwen Ito");

        await Bot.SayAsync("never introduce me to Gwen Ito");
        var before = Bot.Connector.OutgoingActivities.Count;
        var texts = await Bot.SayAsync(WifiNeed);

        Assert.DoesNotContain(texts, t => t.Contains("Gwen", StringComparison.Ordinal));
        Assert.DoesNotContain(Candidates(LastCard(before)), c => c.Name == "Gwen Ito");
    }

    [Fact]
    public async Task A_member_may_ask_five_times_a_day_and_is_told_kindly_after_that()
    {
        for (var i = 0; i < 5; i++)
        {
            await AskAsync(WifiNeed);
        }

        var texts = await Bot.SayAsync(WifiNeed);

        Assert.Contains(texts, t => t.Contains("try again tomorrow", StringComparison.Ordinal));
        Assert.Equal(5, (await AsksAsync()).Count);
    }

    [Fact]
    public async Task Only_colleagues_who_share_a_team_with_the_asker_are_shown()
    {
        // Gwen's twin in a team the asker is not in, with the same offer: never shown.
        var stranger = new TeamsChannelAccount { Id = "29:1stranger", Name = "Stella Stranger", AadObjectId = "aad-stranger", UserPrincipalName = "stella@contoso.example" };
        Bot.Connector.AddMembers(OtherTeamId, [stranger]);
        using (await Bot.PostAsync(Install(OtherTeamId)))
        {
        }

        await SaveProfileAsync(stranger.AadObjectId!, stranger.Id!, stranger.Name!, People[0].Accomplish, People[0].ConnectWith, People[0].Offer);

        Assert.DoesNotContain(Candidates(await AskAsync(WifiNeed)), c => c.Name == "Stella Stranger");
    }

    [Fact]
    public async Task A_pick_from_someone_elses_ask_or_of_someone_not_found_asks_nobody()
    {
        var card = await AskAsync(WifiNeed);
        var askId = Candidates(card)[0].AskId;

        // Another member clicks Ben's card (tampered or forwarded), and Ben picks someone the ask never found.
        var intruder = Bot.Teams.Invoke(ActivityRouter.AdaptiveCardActionInvoke, new { action = new { type = "Action.Execute", verb = AsksVerbs.Pick, data = new { askId, memberId = Roster[0].AadObjectId } }, trigger = "manual" }) with
        {
            From = new ChannelAccount { Id = Roster[5].Id, Name = Roster[5].Name, AadObjectId = Roster[5].AadObjectId },
        };
        using var foreign = await Bot.PostAsync(intruder);
        using var unfound = await PickAsync(card, Roster[9].AadObjectId!);

        Assert.Contains("find this ask any more", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("find this ask any more", await unfound.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await IntrosAsync());
    }

    [Fact]
    public async Task A_bare_ask_or_one_too_long_is_answered_kindly_and_stores_nothing()
    {
        var bare = await Bot.SayAsync("ask");
        var long_ = await Bot.SayAsync("ask " + new string('x', 600));

        Assert.Contains(bare, t => t.Contains("What would you like help with?", StringComparison.Ordinal));
        Assert.Contains(long_, t => t.Contains("under 500 characters", StringComparison.Ordinal));
        Assert.Empty(await AsksAsync());
    }

    [Fact]
    public async Task During_the_interview_a_sentence_starting_with_ask_is_an_answer_not_an_ask()
    {
        await Bot.Services.GetRequiredService<InterviewSessionStore>().UpdateAsync(
            new MemberKey(Bot.Teams.TenantId, Bot.Teams.User.AadObjectId!, Bot.Teams.User.Id!, null),
            s => s with { Awaiting = ProfileField.ConnectWith },
            default);

        await Bot.SayAsync("ask around the network team for me");

        Assert.Empty(await AsksAsync());
    }

    [Fact]
    public async Task Export_has_the_members_asks_and_forget_me_erases_them_and_takes_a_forgotten_colleague_out_of_other_asks()
    {
        var card = await AskAsync(WifiNeed);
        var gwen = Candidates(card)[0];
        var store = Bot.Services.GetRequiredService<AskStore>();
        var ben = new MemberKey(Bot.Teams.TenantId, Bot.Teams.User.AadObjectId!, Bot.Teams.User.Id!, null);
        var exported = await store.ExportAsync(ben, default);
        Assert.Contains(exported, row => (string)row["Need"] == "wireless coverage in our warehouse");

        // Gwen is forgotten: Ben's ask no longer names her.
        await store.EraseAsync(new MemberKey(Bot.Teams.TenantId, gwen.MemberId, Roster[0].Id!, null), default);
        Assert.DoesNotContain(Assert.Single(await AsksAsync()).Candidates, c => c.MemberId == gwen.MemberId);

        // Ben is forgotten: his asks are gone.
        await store.EraseAsync(ben, default);
        Assert.Empty(await AsksAsync());
        Assert.Empty(await store.ExportAsync(ben, default));
    }

    /// <summary>The newest card the bot sent after the first <paramref name="since"/> activities; undefined when none.</summary>
    private JsonElement LastCard(int since) =>
        Bot.SentSince(since).SelectMany(a => a.Attachments ?? []).Select(a => a.Content).OfType<JsonElement>().LastOrDefault(e => e.TryGetProperty("body", out _));

    private async Task AddColleagueAsync(string name, string accomplish, string connectWith, string offer)
    {
        var account = new TeamsChannelAccount { Id = "29:1extra-" + Roster.Count, Name = name, AadObjectId = $"aad-extra-{Roster.Count}-{Bot.Teams.TenantId}", UserPrincipalName = "extra@contoso.example" };
        Roster.Add(account);
        Bot.Connector.AddMembers(TeamId, [account]);
        await SaveProfileAsync(account.AadObjectId!, account.Id!, name, accomplish, connectWith, offer);
        var profile = await Bot.Services.GetRequiredService<ProfileStore>().GetAsync(new MemberKey(Bot.Teams.TenantId, account.AadObjectId!, account.Id!, null), default);
        await Bot.Services.GetRequiredService<MeaningProviders>().InPreference[0].ForAsync(Bot.Teams.TenantId, [MatchProfiles.From(profile!)], budget: 10, default);
    }

    protected static bool IsHandoff(Activity activity) => activity.Text?.Contains("You're connected with", StringComparison.Ordinal) == true;

    private async Task<JsonElement> AskAsync(string text)
    {
        var before = Bot.Connector.OutgoingActivities.Count;
        await Bot.SayAsync(text);
        var card = Bot.SentSince(before).SelectMany(a => a.Attachments ?? []).Select(a => a.Content).OfType<JsonElement>().LastOrDefault();
        Assert.Equal(JsonValueKind.Object, card.ValueKind);
        return card;
    }

    private static List<(string Name, string MemberId, string AskId)> Candidates(JsonElement card)
    {
        var found = new List<(string, string, string)>();
        if (card.ValueKind != JsonValueKind.Object)
        {
            return found;
        }

        foreach (var container in card.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "Container"))
        {
            var items = container.GetProperty("items").EnumerateArray().ToList();
            var actions = items.Where(i => i.GetProperty("type").GetString() == "ActionSet").SelectMany(i => i.GetProperty("actions").EnumerateArray()).ToList();
            if (actions.Count == 1)
            {
                var data = actions[0].GetProperty("data");
                found.Add((items[0].GetProperty("text").GetString()!, data.GetProperty(AsksVerbs.MemberIdKey).GetString()!, data.GetProperty(AsksVerbs.AskIdKey).GetString()!));
            }
        }

        return found;
    }

    private Task<HttpResponseMessage> PickAsync(JsonElement card, string memberId)
    {
        var askId = Candidates(card).Select(c => c.AskId).FirstOrDefault() ?? AsksAsync().Result[0].AskId;
        return Bot.PostAsync(Bot.Teams.Invoke(ActivityRouter.AdaptiveCardActionInvoke, new { action = new { type = "Action.Execute", verb = AsksVerbs.Pick, data = new { askId, memberId } }, trigger = "manual" }));
    }

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

    private async Task<List<AskRecord>> AsksAsync()
    {
        var list = new List<AskRecord>();
        var table = await Bot.Services.GetRequiredService<ConnectorBot.Storage.TableSet>().GetAsync(AskStore.TableName);
        // Azurite is shared by the run's tests: this test's tenant only.
        await foreach (var row in table.QueryAsync<AskEntity>())
        {
            if (row.TenantId == Bot.Teams.TenantId)
            {
                list.Add(row.ToRecord());
            }
        }

        return list;
    }

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

    private Profile Profile(int i) => new()
    {
        TenantId = Bot.Teams.TenantId,
        MemberId = Roster[i].AadObjectId!,
        Name = People[i].Name,
        Accomplish = People[i].Accomplish,
        ConnectWith = People[i].ConnectWith,
        Offer = People[i].Offer,
        Consent = true,
        AnsweredAt = Clock.GetUtcNow(),
        CreatedAt = Clock.GetUtcNow(),
    };

    private Task SaveProfileAsync(int i, Func<Profile, Profile> change) =>
        Bot.Services.GetRequiredService<ProfileStore>().UpdateAsync(new MemberKey(Bot.Teams.TenantId, Roster[i].AadObjectId!, Roster[i].Id!, null), _ => change(Profile(i)), default);

    private Task SaveProfileAsync(string memberId, string userId, string name, string accomplish, string connectWith, string offer) =>
        Bot.Services.GetRequiredService<ProfileStore>().UpdateAsync(
            new MemberKey(Bot.Teams.TenantId, memberId, userId, null),
            _ => new Profile
            {
                TenantId = Bot.Teams.TenantId,
                MemberId = memberId,
                Name = name,
                Accomplish = accomplish,
                ConnectWith = connectWith,
                Offer = offer,
                Consent = true,
                AnsweredAt = Clock.GetUtcNow(),
                CreatedAt = Clock.GetUtcNow(),
            },
            default);

    private Activity Install(string teamId) => Bot.Teams.PersonalMessage(string.Empty) with
    {
        Type = ActivityTypes.ConversationUpdate,
        Text = null,
        Conversation = new ConversationAccount { Id = teamId, ConversationType = "channel", IsGroup = true, TenantId = Bot.Teams.TenantId },
        MembersAdded = [TeamsActivities.Bot],
        ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = Bot.Teams.TenantId }, team = new { id = teamId, name = "Contoso" }, eventType = "teamMemberAdded" }),
    };
}

public sealed class EmbeddedAskTests : AskContract
{
    protected override string? StorageConnectionString => null;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteAskTests(AzuriteFixture azurite) : AskContract
{
    protected override string? StorageConnectionString => azurite.ConnectionString;
}
