using System.Text.Json;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Matching;
using ConnectorBot.Teams;
using ConnectorBot.Teams.Admins;
using ConnectorBot.Teams.Settings;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Intros;
using ConnectorBot.Tests.Storage.Contract;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Teams.Settings;

/// <summary>
/// The settings card end to end through /api/messages: opening it, the form for the admin alone, saving with
/// validation, refusals (typed and hand-made invokes), match now with its private preview, and the admin list.
/// Run on each store by a small subclass.
/// </summary>
public abstract partial class SettingsContract : IAsyncLifetime
{
    // Two pairs the matcher finds (from the public sample's intended intros).
    private static readonly (string Name, string Accomplish, string ConnectWith, string Offer)[] People = SamplePeople.Pairs(2);

    protected AdminTeam Team { get; private set; } = null!;

    protected List<TeamsChannelAccount> Members { get; } = [];

    protected abstract string? StorageConnectionString { get; }

    public async Task InitializeAsync()
    {
        Team = await AdminTeam.StartAsync(StorageConnectionString);
        for (var i = 0; i < People.Length; i++)
        {
            var member = new TeamsChannelAccount { Id = $"29:1person-{i}-{Team.TenantId}", Name = People[i].Name, AadObjectId = $"aad-person-{i}-{Team.TenantId}" };
            Members.Add(member);
            await Team.AddProfileAsync(member, People[i].Accomplish, People[i].ConnectWith, People[i].Offer);
        }

        Team.Bot.Connector.AddMembers(AdminTeam.TeamId, Members);
    }

    public async Task DisposeAsync() => await Team.DisposeAsync();

    [Fact]
    public async Task An_admin_typing_settings_gets_a_card_that_refreshes_into_the_form_for_them_alone()
    {
        using var _ = await Team.MentionAsync(Team.Ada, "settings");

        var posted = Assert.Single(Team.SentCards);
        Assert.Contains("Ada Admin opened the settings", AdminTeam.TextOf(posted), StringComparison.Ordinal);
        var refresh = posted.GetProperty("refresh");
        Assert.Equal(SettingsVerbs.Open, refresh.GetProperty("action").GetProperty("verb").GetString());
        Assert.Equal([Team.Ada.Id!], refresh.GetProperty("userIds").EnumerateArray().Select(u => u.GetString()!));
        Assert.DoesNotContain(Inputs(posted), i => i.Id == SettingsDraft.HourId);

        var form = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Open, trigger: "automatic"));

        var channel = Inputs(form).Single(i => i.Id == SettingsDraft.ChannelId);
        Assert.Equal(["General", "Intros", "Random <b>stuff</b>"], channel.Choices);
        Assert.Equal(AdminTeam.TeamId, channel.Value);
        Assert.Contains(Inputs(form), i => i.Id == SettingsDraft.TimeZoneId && i.Value == "UTC");
        Assert.Contains("Next round: **Monday 23 November 2026, 09:00 (UTC)**.", AdminTeam.TextOf(form), StringComparison.Ordinal);
        Assert.Contains(Verbs(form), v => v == SettingsVerbs.MatchPreview);
        Assert.Contains(Verbs(form), v => v == SettingsVerbs.InviteEveryone);
    }

    [Fact]
    public async Task A_non_admin_is_refused_politely_both_typing_and_with_a_hand_made_invoke()
    {
        using var _ = await Team.MentionAsync(Team.Ben, "settings");
        var opened = await Team.ExecuteAsync(Team.Ben, SettingsVerbs.Open);
        var saved = await Team.ExecuteAsync(Team.Ben, SettingsVerbs.Save, Valid() with { Paused = "true" });
        var preview = await Team.ExecuteAsync(Team.Ben, SettingsVerbs.MatchPreview);
        var added = await Team.ExecuteAsync(Team.Ben, AdminsCard.RemoveVerb, new { memberId = Team.Ada.AadObjectId });
        var post = await Team.ExecuteAsync(Team.Ben, SettingsVerbs.MatchPost, new { roundId = "20261118T1200-now" });

        Assert.Equal([AdminStrings.NotAdmin], Team.Replies);
        Assert.Empty(Team.SentCards);
        Assert.All(new[] { opened, saved, preview, added, post }, r => Assert.Equal(AdminStrings.NotAdmin, AdminTeam.MessageOf(r)));
        var stored = await Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId);
        Assert.False(stored!.Paused);
        Assert.Equal([Team.Ada.AadObjectId!], stored.Admins);
        Assert.Empty(Team.Bot.Connector.CallsTo(FakeRoute.GetPagedMembers));
        Assert.Empty(Team.Bot.Connector.CallsTo(FakeRoute.CreateConversation));
    }

    [Fact]
    public async Task An_admin_action_for_another_team_is_refused_even_from_an_admin()
    {
        var response = await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Save, Valid() with { Paused = "true" } is var draft ? new Dictionary<string, object?>(Fields(draft)) { ["teamId"] = "19:other-team@thread.tacv2" } : null);

        Assert.Equal(AdminStrings.NotAdmin, AdminTeam.MessageOf(response));
        Assert.False((await Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId))!.Paused);
    }

    [Fact]
    public async Task Saving_valid_settings_stores_them_and_shows_the_next_round_in_the_team_time_zone()
    {
        var response = await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Save, Fields(Valid()));

        var form = AdminTeam.CardOf(response);
        var text = AdminTeam.TextOf(form);
        Assert.Contains(SettingsStrings.Saved, text, StringComparison.Ordinal);

        // Saved Wednesday 18 Nov 2026 12:00 UTC; fortnightly on Fridays from the next Friday: 20 November, 14:00 in London.
        Assert.Contains("Next round: **Friday 20 November 2026, 14:00 (Europe/London)**.", text, StringComparison.Ordinal);
        var stored = (await Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId))!;
        Assert.Equal(AdminTeam.IntrosChannelId, stored.IntroChannelId);
        Assert.Equal(Cadence.Fortnightly, stored.Cadence);
        Assert.Equal(DayOfWeek.Friday, stored.Day);
        Assert.Equal(14, stored.Hour);
        Assert.Equal("Europe/London", stored.TimeZone);
        Assert.Equal(2, stored.IntrosPerMember);
        Assert.Equal(30, stored.CooldownDays);
        Assert.Equal(40, stored.ChannelIntrosPerRound);
        Assert.Equal(OddHeadcountPolicy.Trio, stored.OddHeadcount);
        Assert.False(stored.Paused);
    }

    [Fact]
    public async Task Invalid_values_are_explained_beside_their_fields_nothing_is_saved_and_what_was_typed_stays_on_the_form()
    {
        var bad = Valid() with { Channel = "19:not-in-this-team@thread.tacv2", Hour = "25", TimeZone = "Mars/Olympus_Mons", IntrosPerMember = "2.5", CooldownDays = "-1" };

        var form = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Save, Fields(bad)));

        Assert.Contains(SettingsStrings.NotSaved, AdminTeam.TextOf(form), StringComparison.Ordinal);
        Assert.Equal(SettingsStrings.FieldProblem(SettingsStrings.BadChannel), ProblemBelow(form, SettingsDraft.ChannelId));
        Assert.Equal(SettingsStrings.FieldProblem(SettingsStrings.BadHour), ProblemBelow(form, SettingsDraft.HourId));
        Assert.Equal(SettingsStrings.FieldProblem(SettingsStrings.BadTimeZone("Mars/Olympus\\_Mons")), ProblemBelow(form, SettingsDraft.TimeZoneId));
        Assert.Equal(SettingsStrings.FieldProblem(SettingsStrings.BadPerMember), ProblemBelow(form, SettingsDraft.IntrosPerMemberId));
        Assert.Equal(SettingsStrings.FieldProblem(SettingsStrings.BadCooldown), ProblemBelow(form, SettingsDraft.CooldownDaysId));
        Assert.Null(ProblemBelow(form, SettingsDraft.CadenceId));
        Assert.Null(ProblemBelow(form, SettingsDraft.DayId));

        // Every value comes back as typed, the rejected ones included, so the admin corrects rather than retypes.
        var inputs = Inputs(form).ToDictionary(i => i.Id, i => i.Value);
        Assert.Equal("19:not-in-this-team@thread.tacv2", inputs[SettingsDraft.ChannelId]);
        Assert.Equal("25", inputs[SettingsDraft.HourId]);
        Assert.Equal("Mars/Olympus_Mons", inputs[SettingsDraft.TimeZoneId]);
        Assert.Equal("2.5", inputs[SettingsDraft.IntrosPerMemberId]);
        Assert.Equal("-1", inputs[SettingsDraft.CooldownDaysId]);
        Assert.Equal("Fortnightly", inputs[SettingsDraft.CadenceId]);
        Assert.Equal("Friday", inputs[SettingsDraft.DayId]);
        Assert.Equal("Trio", inputs[SettingsDraft.OddHeadcountId]);

        var stored = (await Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId))!;
        Assert.Equal(AdminTeam.TeamId, stored.IntroChannelId);
        Assert.Equal(9, stored.Hour);
        Assert.Equal("UTC", stored.TimeZone);
        Assert.Equal(1, stored.IntrosPerMember);
    }

    [Fact]
    public async Task Text_in_a_number_field_is_named_beside_it_and_correcting_it_saves()
    {
        var form = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Save, Fields(Valid() with { CooldownDays = "a month" })));

        Assert.Equal(
            SettingsStrings.FieldProblem(SettingsStrings.NotANumber("a month", SettingsStrings.BadCooldown)),
            ProblemBelow(form, SettingsDraft.CooldownDaysId));
        Assert.Null(Inputs(form).Single(i => i.Id == SettingsDraft.CooldownDaysId).Value);
        Assert.Equal(90, (await Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId))!.CooldownDays);

        var saved = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Save, Fields(Valid() with { CooldownDays = "30" })));

        Assert.Contains(SettingsStrings.Saved, AdminTeam.TextOf(saved), StringComparison.Ordinal);
        Assert.DoesNotContain(SettingsStrings.NotSaved, AdminTeam.TextOf(saved), StringComparison.Ordinal);
        Assert.Null(ProblemBelow(saved, SettingsDraft.CooldownDaysId));
        Assert.Equal(30, (await Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId))!.CooldownDays);
    }

    [Fact]
    public async Task Every_required_input_of_the_form_says_what_it_needs()
    {
        var form = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Open));

        var required = form.GetProperty("body").EnumerateArray()
            .Where(e => e.TryGetProperty("isRequired", out var r) && r.GetBoolean())
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.TryGetProperty("errorMessage", out var m) ? m.GetString() : null);
        Assert.Equal(
            new Dictionary<string, string?>
            {
                [SettingsDraft.ChannelId] = SettingsStrings.BadChannel,
                [SettingsDraft.CadenceId] = SettingsStrings.BadCadence,
                [SettingsDraft.DayId] = SettingsStrings.BadDay,
                [SettingsDraft.HourId] = SettingsStrings.BadHour,
                [SettingsDraft.TimeZoneId] = SettingsStrings.TimeZoneRequired,
                [SettingsDraft.IntrosPerMemberId] = SettingsStrings.BadPerMember,
                [SettingsDraft.CooldownDaysId] = SettingsStrings.BadCooldown,
                [SettingsDraft.ChannelIntrosId] = SettingsStrings.BadChannelIntros,
                [SettingsDraft.OddHeadcountId] = SettingsStrings.BadOdd,
            },
            required);
    }

    [Fact]
    public async Task Every_two_weeks_saved_on_a_Sunday_starts_on_the_next_chosen_weekday_then_every_fourteen_days()
    {
        // Sunday 22 November 2026, 12:00 UTC. The install week's fortnights would have made it Thursday 3 December.
        Team.Clock.Advance(TimeSpan.FromDays(4));
        var everyOtherThursday = Valid() with { Day = "Thursday", Hour = "9", TimeZone = "UTC" };

        var saved = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Save, Fields(everyOtherThursday)));

        Assert.Contains("Next round: **Thursday 26 November 2026, 09:00 (UTC)**.", AdminTeam.TextOf(saved), StringComparison.Ordinal);
        Assert.Equal(Team.Clock.GetUtcNow(), (await Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId))!.ScheduleFrom);

        var first = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(first, await RoundAfterTickAtAsync(first));
        Assert.Equal(first, await RoundAfterTickAtAsync(first.AddDays(7)));
        Assert.Equal(first.AddDays(14), await RoundAfterTickAtAsync(first.AddDays(14)));
        Assert.NotEmpty(await IntrosAsync());
    }

    [Fact]
    public async Task A_team_whose_schedule_predates_the_start_date_keeps_its_fortnights_until_the_schedule_changes()
    {
        // As a row written before ScheduleFrom existed: fortnightly on Thursdays, counted from the install week (16
        // November), whose first round ran on Thursday 19 November.
        var ran = new DateTimeOffset(2026, 11, 19, 9, 0, 0, TimeSpan.Zero);
        await Team.Teams.UpdateAsync(Team.TenantId, AdminTeam.TeamId, t => t! with { Cadence = Cadence.Fortnightly, Day = DayOfWeek.Thursday, LastRoundAt = ran, ScheduleFrom = null });
        Team.Clock.Advance(TimeSpan.FromDays(4));
        var unchanged = SettingsDraft.From((await Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId))!);

        var opened = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Open));
        var savedOther = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Save, Fields(unchanged with { CooldownDays = "45" })));

        Assert.Contains("Next round: **Thursday 3 December 2026, 09:00 (UTC)**.", AdminTeam.TextOf(opened), StringComparison.Ordinal);
        Assert.Contains("Next round: **Thursday 3 December 2026, 09:00 (UTC)**.", AdminTeam.TextOf(savedOther), StringComparison.Ordinal);
        Assert.Null((await Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId))!.ScheduleFrom);

        var moved = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Save, Fields(unchanged with { Hour = "10" })));

        Assert.Contains("Next round: **Thursday 26 November 2026, 10:00 (UTC)**.", AdminTeam.TextOf(moved), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pausing_stops_scheduled_rounds_and_resuming_counts_the_schedule_from_then()
    {
        await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Save, Fields(SettingsDraft.From((await Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId))!) with { Paused = "true" }));
        Team.Clock.Advance(TimeSpan.FromDays(8));
        await Team.TickAsync();
        Assert.Empty(Team.Bot.Connector.CallsTo(FakeRoute.CreateConversation));

        var resumed = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Save, Fields(SettingsDraft.From((await Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId))!) with { Paused = "false" })));
        await Team.TickAsync();

        // Resumed Thursday 26 November: the missed Monday is not run at once; the next is Monday 30 November.
        Assert.Empty(Team.Bot.Connector.CallsTo(FakeRoute.CreateConversation));
        Assert.Contains("Next round: **Monday 30 November 2026, 09:00 (UTC)**.", AdminTeam.TextOf(resumed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_now_previews_privately_then_posts_the_same_intros_once()
    {
        await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Save, Fields(Valid()));
        var sentBefore = Team.Bot.Connector.OutgoingActivities.Count;

        var preview = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.MatchPreview));

        var text = AdminTeam.TextOf(preview);
        Assert.Contains("suggest **2 intros** in **Intros**", text, StringComparison.Ordinal);
        Assert.Contains("Gwen Ito ↔ Samir Haddad", text.Replace("Samir Haddad ↔ Gwen Ito", "Gwen Ito ↔ Samir Haddad", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Empty(Team.Bot.Connector.CallsTo(FakeRoute.CreateConversation));
        Assert.Empty(await IntrosAsync());
        Assert.Equal(sentBefore, Team.Bot.Connector.OutgoingActivities.Count);

        var post = Verb(preview, SettingsVerbs.MatchPost);
        var posted = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.MatchPost, post));
        var again = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.MatchPost, post));
        await Team.Bot.Connector.WaitForCallsAsync(FakeRoute.CreateConversation, 2);

        Assert.Contains("Posted 2 intros in **Intros**", AdminTeam.TextOf(posted), StringComparison.Ordinal);
        Assert.Contains(SettingsStrings.AlreadyPosted, AdminTeam.TextOf(again), StringComparison.Ordinal);
        var threads = Team.Bot.Connector.CallsTo(FakeRoute.CreateConversation);
        Assert.Equal(2, threads.Count);
        Assert.All(threads, c => Assert.Equal(AdminTeam.IntrosChannelId, c.Json.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString()));
        Assert.Equal(2, (await IntrosAsync()).Count);
    }

    [Fact]
    public async Task Match_now_with_nobody_to_introduce_says_so_and_posts_nothing()
    {
        foreach (var member in Members)
        {
            await Team.Services.GetRequiredService<ProfileStore>().UpdateAsync(new ConnectorBot.Interview.MemberKey(Team.TenantId, member.AadObjectId!, member.Id!, null), p => p! with { Consent = false }, default);
        }

        var preview = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.MatchPreview));

        Assert.Contains(SettingsStrings.PreviewNobody, AdminTeam.TextOf(preview), StringComparison.Ordinal);
        Assert.DoesNotContain(Verbs(preview), v => v == SettingsVerbs.MatchPost);
    }

    [Fact]
    public async Task Admins_are_added_and_removed_by_mention_and_the_last_one_stays()
    {
        using (await Team.MentionAsync(Team.Ada, "admins add", mentions: Team.Ben))
        {
        }

        Assert.Contains(AdminsStrings.Added("Ben Member"), Team.Bot.SentTexts);
        Assert.Contains(Team.Ben.AadObjectId!, (await Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId))!.Admins);

        // Ben is an admin now: the settings open for him.
        var form = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ben, SettingsVerbs.Open));
        Assert.Contains(Inputs(form), i => i.Id == SettingsDraft.ChannelId);

        var list = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ben, AdminsCard.RemoveVerb, new { memberId = Team.Ada.AadObjectId }));
        Assert.Contains("Ada Admin is no longer a ConnectorBot admin here.", AdminTeam.TextOf(list), StringComparison.Ordinal);
        var last = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ben, AdminsCard.RemoveVerb, new { memberId = Team.Ben.AadObjectId }));
        Assert.Contains(AdminsStrings.LastAdmin, AdminTeam.TextOf(last), StringComparison.Ordinal);
        Assert.Equal([Team.Ben.AadObjectId!], (await Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId))!.Admins);

        // Ada, no longer an admin, is refused.
        var refused = await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Open);
        Assert.Equal(AdminStrings.NotAdmin, AdminTeam.MessageOf(refused));
    }

    [Fact]
    public async Task Adding_someone_outside_the_team_or_without_a_mention_is_explained()
    {
        var stranger = new TeamsChannelAccount { Id = "29:1stranger", Name = "Stan <Ger>", AadObjectId = "aad-stranger" };

        using (await Team.MentionAsync(Team.Ada, "admins add", mentions: stranger))
        {
        }

        using (await Team.MentionAsync(Team.Ada, "admins add Ben please"))
        {
        }

        Assert.Equal([AdminsStrings.NotInTeam("Stan &lt;Ger&gt;"), AdminsStrings.NoMention], Team.Replies);
        Assert.Equal([Team.Ada.AadObjectId!], (await Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId))!.Admins);
    }

    protected static SettingsDraft Valid() =>
        new(AdminTeam.IntrosChannelId, "Fortnightly", "Friday", "14", "Europe/London", "2", "30", "Trio", "false", "40");

    private static Dictionary<string, object?> Fields(SettingsDraft draft) => new()
    {
        [SettingsDraft.ChannelId] = draft.Channel,
        [SettingsDraft.CadenceId] = draft.Cadence,
        [SettingsDraft.DayId] = draft.Day,
        [SettingsDraft.HourId] = draft.Hour,
        [SettingsDraft.TimeZoneId] = draft.TimeZone,
        [SettingsDraft.IntrosPerMemberId] = draft.IntrosPerMember,
        [SettingsDraft.CooldownDaysId] = draft.CooldownDays,
        [SettingsDraft.OddHeadcountId] = draft.OddHeadcount,
        [SettingsDraft.PausedId] = draft.Paused,
        [SettingsDraft.ChannelIntrosId] = draft.ChannelIntros,
    };

    // Moves the clock to a moment, runs one scheduler pass, and says which slot the team's last round ran for.
    private async Task<DateTimeOffset?> RoundAfterTickAtAsync(DateTimeOffset at)
    {
        Team.Clock.Advance(at - Team.Clock.GetUtcNow());
        await Team.TickAsync();
        return (await Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId))!.LastRoundAt;
    }

    private async Task<List<IntroRecord>> IntrosAsync()
    {
        var list = new List<IntroRecord>();
        await foreach (var intro in Team.Services.GetRequiredService<IntroStore>().ListAsync(Team.TenantId, AdminTeam.TeamId))
        {
            list.Add(intro);
        }

        return list;
    }

    private sealed record Input(string Id, string? Value, IReadOnlyList<string> Choices);

    private static List<Input> Inputs(JsonElement card)
    {
        var inputs = new List<Input>();
        foreach (var element in card.GetProperty("body").EnumerateArray())
        {
            if (element.GetProperty("type").GetString()!.StartsWith("Input.", StringComparison.Ordinal))
            {
                var choices = element.TryGetProperty("choices", out var c) ? c.EnumerateArray().Select(x => x.GetProperty("title").GetString()!).ToList() : [];
                inputs.Add(new Input(element.GetProperty("id").GetString()!, element.TryGetProperty("value", out var v) ? v.ToString() : null, choices));
            }
        }

        return inputs;
    }

    /// <summary>The warning shown right below an input, or null when the next element is something else.</summary>
    private static string? ProblemBelow(JsonElement card, string inputId)
    {
        var body = card.GetProperty("body").EnumerateArray().ToList();
        var at = body.FindIndex(e => e.TryGetProperty("id", out var id) && id.GetString() == inputId);
        Assert.True(at >= 0, $"No input {inputId}.");
        return at + 1 < body.Count && body[at + 1].GetProperty("type").GetString() == "TextBlock"
            && body[at + 1].TryGetProperty("color", out var color) && color.GetString() == "attention"
            ? body[at + 1].GetProperty("text").GetString()
            : null;
    }

    private static IEnumerable<string> Verbs(JsonElement card) =>
        card.TryGetProperty("actions", out var actions) ? actions.EnumerateArray().Select(a => a.GetProperty("verb").GetString()!) : [];

    private static JsonElement Verb(JsonElement card, string verb) =>
        card.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("verb").GetString() == verb).GetProperty("data");
}

public sealed class EmbeddedSettingsTests : SettingsContract
{
    protected override string? StorageConnectionString => null;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteSettingsTests(AzuriteFixture azurite) : SettingsContract
{
    protected override string? StorageConnectionString => azurite.ConnectionString;
}
