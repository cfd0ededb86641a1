using System.Net;
using System.Text.Json;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Teams.Settings;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Teams;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Intros;

/// <summary>
/// The bug "a member whose first contact was the install event is shown by her AAD object id": Gwen installs the bot
/// in her personal scope (Teams sends no name with that event), answers in chat and consents; the admin's preview, the
/// channel card, the reason and both handoff notes then name her from the roster, or "a colleague", never by an id.
/// </summary>
public abstract partial class IntroRoundContract
{
    [Fact]
    public async Task A_member_who_started_with_the_install_event_is_named_from_the_roster_never_by_id()
    {
        var gwen = Roster[0];
        await InterviewFromInstallAsync(gwen);

        var (preview, reason, card, handoffs) = await PreviewPostAndConnectAsync(gwen);

        Assert.Contains("Gwen Ito", preview, StringComparison.Ordinal);
        Assert.Contains("Gwen", reason, StringComparison.Ordinal);
        Assert.Contains("Gwen Ito", card, StringComparison.Ordinal);
        Assert.Contains(handoffs, h => h.Contains("Gwen Ito", StringComparison.Ordinal));
        foreach (var shown in new[] { preview, reason, card }.Concat(handoffs))
        {
            AssertNoIdOf(gwen, shown);
        }
    }

    [Fact]
    public async Task A_member_whose_name_nobody_knows_is_a_colleague_never_an_id()
    {
        var gwen = Roster[0];
        await InterviewFromInstallAsync(gwen);
        Bot.Connector.ReplaceMember(TeamId, gwen with { Name = null, GivenName = null });

        var (preview, reason, card, handoffs) = await PreviewPostAndConnectAsync(gwen);

        Assert.Contains(IntrosStrings.SomeColleague, preview, StringComparison.Ordinal);
        Assert.Contains("colleague", reason, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"<at>{IntrosStrings.SomeColleague}</at>", card, StringComparison.Ordinal);
        Assert.Contains(handoffs, h => h.Contains($"You're connected with {IntrosStrings.SomeColleague}!", StringComparison.Ordinal));
        foreach (var shown in new[] { preview, reason, card }.Concat(handoffs))
        {
            AssertNoIdOf(gwen, shown);
        }
    }

    private static void AssertNoIdOf(TeamsChannelAccount member, string shown)
    {
        Assert.DoesNotContain(member.AadObjectId!, shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(member.Id!, shown, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The member's data gone, then the real personal-chat path: install (no name, as Teams sends it), three answers, consent.</summary>
    private async Task InterviewFromInstallAsync(TeamsChannelAccount member)
    {
        var key = new MemberKey(Bot.Teams.TenantId, member.AadObjectId!, member.Id!, null);
        var profiles = Bot.Services.GetRequiredService<ProfileStore>();
        await profiles.EraseAsync(key, default);
        var person = SamplePeople.All[Roster.IndexOf(member)];
        var chat = new TeamsActivities(Bot.Connector.ServiceUrl.ToString(), Bot.Teams.TenantId)
        {
            User = new ChannelAccount { Id = member.Id, AadObjectId = member.AadObjectId },
        };

        foreach (var activity in new[] { chat.PersonalInstall(), chat.PersonalMessage(person.Accomplish), chat.PersonalMessage(person.ConnectWith), chat.PersonalMessage(person.Offer), chat.PersonalMessage("yes") })
        {
            using var response = await Bot.PostAsync(activity);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var profile = await profiles.GetAsync(key, default);
        Assert.True(profile is { IsComplete: true, Consent: true });
        Assert.Null(profile!.Name);
    }

    /// <summary>
    /// The admin's Match-now preview, then the round: the member's intro, its channel card, and both handoffs once both
    /// accept; all as people read them (the card's text, not its mention entities, which carry the Teams id by design).
    /// </summary>
    private async Task<(string Preview, string Reason, string Card, IReadOnlyList<string> Handoffs)> PreviewPostAndConnectAsync(TeamsChannelAccount member)
    {
        var preview = await PreviewTextAsync();
        await RunDueRoundAsync();
        var intro = (await IntrosAsync()).Single(i => i.Party(member.AadObjectId!) is not null);
        var card = Bot.Connector.OutgoingActivities
            .Where(a => a.Id == intro.ActivityId || a.Conversation?.Id == intro.ConversationId)
            .SelectMany(a => a.Attachments ?? [])
            .Select(a => AdminTeam.TextOf((JsonElement)a.Content!))
            .First();

        var before = Bot.Connector.OutgoingActivities.Count;
        foreach (var party in intro.Parties)
        {
            using var click = await ClickAsync(intro, party, IntrosVerbs.Accept);
        }

        var handoffs = Bot.Connector.OutgoingActivities.Skip(before).Select(a => a.Text ?? string.Empty).Where(t => t.Contains("You're connected", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, handoffs.Count);
        return (preview, IntroNames.Reason(intro), card, handoffs);
    }

    private async Task<string> PreviewTextAsync()
    {
        var invoke = Bot.Teams.Invoke(ActivityRouter.AdaptiveCardActionInvoke, new { action = new { type = "Action.Execute", verb = SettingsVerbs.MatchPreview, data = new { teamId = TeamId } }, trigger = "manual" }) with
        {
            Conversation = new ConversationAccount { Id = TeamId + ";messageid=1700000000001", ConversationType = "channel", IsGroup = true, TenantId = Bot.Teams.TenantId },
            ReplyToId = "1700000000001",
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = Bot.Teams.TenantId }, team = new { id = TeamId }, channel = new { id = TeamId } }),
        };
        using var response = await Bot.PostAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return AdminTeam.TextOf(AdminTeam.CardOf(body.RootElement.Clone()));
    }
}
