using System.Text.Json;

using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Intros;
using ConnectorBot.Intros.MatchNow;
using ConnectorBot.Teams.Settings;
using ConnectorBot.Tests.BotFramework;

namespace ConnectorBot.Tests.Teams.Settings;

/// <summary>
/// Issue 16, item 4, admins keep control of a round: switching intros off in the match-now preview, and the channel
/// limit (the best intros in the channel, the rest 1:1), with the answer saying how many went which way.
/// </summary>
public abstract partial class SettingsContract
{
    [Fact]
    public async Task Match_now_posts_only_the_intros_left_switched_on_and_never_the_one_switched_off()
    {
        await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Save, Fields(Valid()));
        var preview = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.MatchPreview));

        Assert.Contains(SettingsStrings.PreviewDropHint, AdminTeam.TextOf(preview), StringComparison.Ordinal);
        var switches = Switches(preview);
        Assert.Equal(2, switches.Count);
        Assert.All(switches, s => Assert.Equal("true", s.Value));
        var (kept, dropped) = (switches[0], switches[1]);

        var press = PostWith(preview, (kept.Id, "true"), (dropped.Id, "false"));
        var posted = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.MatchPost, press));
        var again = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.MatchPost, PostWith(preview, (kept.Id, "true"), (dropped.Id, "true"))));
        await Team.Bot.Connector.WaitForCallsAsync(FakeRoute.CreateConversation, 1);

        Assert.Contains("Posted 1 intro in **Intros**", AdminTeam.TextOf(posted), StringComparison.Ordinal);
        Assert.Contains(SettingsStrings.DroppedNote(1), AdminTeam.TextOf(posted), StringComparison.Ordinal);
        Assert.Contains(SettingsStrings.AlreadyPosted, AdminTeam.TextOf(again), StringComparison.Ordinal);
        var intro = Assert.Single(await IntrosAsync());
        Assert.Equal(PreviewChoice.InputId(intro.IntroId), kept.Id);
        Assert.Single(Team.Bot.Connector.CallsTo(FakeRoute.CreateConversation));

        // The two people of the dropped intro are in no intro of the round: not with each other, not with anyone else.
        Assert.All(intro.Parties, p => Assert.DoesNotContain(p.Name, dropped.Title, StringComparison.Ordinal));
        Assert.All(intro.Parties, p => Assert.Contains(p.Name, kept.Title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Match_now_with_every_intro_switched_off_posts_nothing_and_the_admin_can_still_post_some()
    {
        await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Save, Fields(Valid()));
        var preview = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.MatchPreview));
        var switches = Switches(preview);

        var none = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.MatchPost, PostWith(preview, [.. switches.Select(s => (s.Id, "false"))])));

        Assert.Contains(SettingsStrings.NothingKept, AdminTeam.TextOf(none), StringComparison.Ordinal);
        Assert.Empty(await IntrosAsync());

        var some = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.MatchPost, PostWith(preview, (switches[0].Id, "false"), (switches[1].Id, "true"))));
        await Team.Bot.Connector.WaitForCallsAsync(FakeRoute.CreateConversation, 1);

        Assert.Contains("Posted 1 intro in **Intros**", AdminTeam.TextOf(some), StringComparison.Ordinal);
        Assert.Equal(PreviewChoice.InputId(Assert.Single(await IntrosAsync()).IntroId), switches[1].Id);
    }

    [Fact]
    public async Task Match_now_from_a_preview_that_listed_only_some_makes_those_not_listed_and_never_the_one_switched_off()
    {
        await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Save, Fields(Valid()));
        var preview = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.MatchPreview));
        var switches = Switches(preview);

        // As a big round's preview posts: the flag, and switches only for the intros it listed (here the first, switched off).
        var press = PostWith(preview, (switches[0].Id, "false"));
        press[PreviewChoice.UnlistedKey] = true;
        var posted = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.MatchPost, press));
        await Team.Bot.Connector.WaitForCallsAsync(FakeRoute.CreateConversation, 1);

        Assert.Contains("Posted 1 intro in **Intros**", AdminTeam.TextOf(posted), StringComparison.Ordinal);
        Assert.Contains(SettingsStrings.DroppedNote(1), AdminTeam.TextOf(posted), StringComparison.Ordinal);
        Assert.Equal(switches[1].Id, PreviewChoice.InputId(Assert.Single(await IntrosAsync()).IntroId));
    }

    [Fact]
    public async Task Match_now_beyond_the_channel_limit_sends_the_rest_privately_and_says_how_many_went_which_way()
    {
        await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Save, Fields(Valid() with { ChannelIntros = "1" }));

        var preview = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.MatchPreview));
        var posted = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.MatchPost, Verb(preview, SettingsVerbs.MatchPost)));
        await Team.Bot.Connector.WaitForActivitiesAsync(IsPrivateCard, 2);

        Assert.Contains(SettingsStrings.PreviewSummaryOverCap("2 intros", 1, "Intros", 1), AdminTeam.TextOf(preview), StringComparison.Ordinal);
        Assert.Contains("1 intro posted in **Intros**, 1 sent privately to the people named.", AdminTeam.TextOf(posted), StringComparison.Ordinal);
        var intros = await IntrosAsync();
        var inChannel = Assert.Single(intros, i => i.Delivery == IntroDelivery.Channel);
        var privately = Assert.Single(intros, i => i.Delivery == IntroDelivery.Private);
        Assert.True(inChannel.Score >= privately.Score);
        Assert.Single(Team.Bot.Connector.CallsTo(FakeRoute.CreateConversation), c => c.Json.TryGetProperty("isGroup", out var g) && g.GetBoolean());
        Assert.Equal(
            privately.Parties.Select(p => "a:personal-" + p.UserId).Order(),
            Team.Bot.Connector.OutgoingActivities.Where(IsPrivateCard).Select(a => a.Conversation!.Id!).Order());
    }

    [Fact]
    public async Task The_channel_limit_is_saved_from_the_form_and_a_value_outside_1_to_500_is_explained_beside_it()
    {
        var opened = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Open));
        Assert.Equal("25", Inputs(opened).Single(i => i.Id == SettingsDraft.ChannelIntrosId).Value);

        foreach (var bad in new[] { "0", "501", "2.5" })
        {
            var form = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Save, Fields(Valid() with { ChannelIntros = bad })));

            Assert.Contains(SettingsStrings.NotSaved, AdminTeam.TextOf(form), StringComparison.Ordinal);
            Assert.Equal(SettingsStrings.FieldProblem(SettingsStrings.BadChannelIntros), ProblemBelow(form, SettingsDraft.ChannelIntrosId));
            Assert.Equal(bad, Inputs(form).Single(i => i.Id == SettingsDraft.ChannelIntrosId).Value);
            Assert.Equal(25, (await Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId))!.ChannelIntrosPerRound);
        }

        var saved = AdminTeam.CardOf(await Team.ExecuteAsync(Team.Ada, SettingsVerbs.Save, Fields(Valid() with { ChannelIntros = "500" })));

        Assert.Contains(SettingsStrings.Saved, AdminTeam.TextOf(saved), StringComparison.Ordinal);
        Assert.Equal(500, (await Team.Teams.GetAsync(Team.TenantId, AdminTeam.TeamId))!.ChannelIntrosPerRound);
    }

    private sealed record Switch(string Id, string? Value, string Title);

    /// <summary>The preview's per-intro switches, with the intro's title line (the two names) from the same container.</summary>
    private static List<Switch> Switches(JsonElement card) => [.. card.GetProperty("body").EnumerateArray()
        .Where(e => e.GetProperty("type").GetString() == "Container")
        .Select(c => c.GetProperty("items").EnumerateArray().ToList())
        .Where(items => items.Any(i => i.GetProperty("type").GetString() == "Input.Toggle"))
        .Select(items =>
        {
            var toggle = items.Single(i => i.GetProperty("type").GetString() == "Input.Toggle");
            return new Switch(toggle.GetProperty("id").GetString()!, toggle.GetProperty("value").GetString(), items[0].GetProperty("text").GetString()!);
        })];

    /// <summary>The Post button's data with the switches as the admin left them (Teams sends every input of the card with it).</summary>
    private static Dictionary<string, object?> PostWith(JsonElement preview, params (string Id, string Value)[] switches)
    {
        var data = Verb(preview, SettingsVerbs.MatchPost).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
        foreach (var (id, value) in switches)
        {
            data[id] = value;
        }

        return data;
    }

    private static bool IsPrivateCard(Activity activity) =>
        activity.Conversation?.Id?.StartsWith("a:personal-", StringComparison.Ordinal) == true
        && activity.Attachments?.Any(a => a.ContentType == Attachment.AdaptiveCardContentType) == true;
}
