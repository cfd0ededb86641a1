using ConnectorBot.BotFramework.Cards;
using ConnectorBot.Intros;
using ConnectorBot.Matching;
using ConnectorBot.Matching.Explaining;
using ConnectorBot.Matching.Scoring;
using ConnectorBot.Teams.Settings;
using ConnectorBot.Tests.Teams;

namespace ConnectorBot.Tests.Intros;

/// <summary>
/// A reason is members' own words, so it carries whatever they typed: the channel card, the admin's preview and the
/// handoff note show the same text, escaped where each is built, and never an id.
/// </summary>
public class ReasonShownTests
{
    private static readonly MatchProfile Asker = new(IntroSamples.Ada, "Ada Lovelace", string.Empty, string.Empty, string.Empty, "someone who has run **Kubernetes** <b>clusters</b> in production ${secret} 🚀 שלום", string.Empty);
    private static readonly MatchProfile Giver = new(IntroSamples.Ben, "Ben Okoro", string.Empty, string.Empty, string.Empty, string.Empty, "I've run **Kubernetes** <b>clusters</b> in production for years ${env} 😀 مرحبا");

    private static string HostileReason() => ReasonWriter.Write(Asker, Giver, ScoringModel.Build([Asker, Giver, .. ConnectorBot.Tests.Matching.Members.Background]).IdfOf);

    private static TeamSettings Team => new() { TenantId = IntroSamples.Tenant, TeamId = IntroSamples.Team, ServiceUrl = "https://smba.trafficmanager.net/emea/" };

    [Fact]
    public void The_reason_keeps_what_members_typed_for_the_cards_to_escape()
    {
        var reason = HostileReason();

        Assert.StartsWith("Ada is looking for someone who has run **Kubernetes** <b>clusters</b> in production ${secret}", reason, StringComparison.Ordinal);
        Assert.Contains("Ben has run **Kubernetes**", reason, StringComparison.Ordinal);
        Assert.Contains("مرحبا", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Card_preview_and_handoff_show_the_same_reason_escaped()
    {
        var reason = HostileReason();
        var intro = IntroSamples.Intro() with { Reason = reason };

        var card = AdminTeam.TextOf(IntroCards.Suggestion(intro));
        var preview = AdminTeam.TextOf(SettingsCards.Preview(Team, new RoundPlan("r", 2, 2, [], [intro], []), "Intros", new Dictionary<string, string>()));
        var handoff = HandoffMessage.For(intro, intro.Parties[0]);

        Assert.Contains(CardText.Escape(reason), card, StringComparison.Ordinal);
        Assert.Contains(CardText.Escape(reason), preview, StringComparison.Ordinal);
        Assert.Contains(MarkdownText.Escape(reason), handoff, StringComparison.Ordinal);
        foreach (var shown in new[] { card, preview, handoff })
        {
            Assert.DoesNotContain("**Kubernetes**", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("${", shown, StringComparison.Ordinal);
            Assert.Contains("🚀", shown, StringComparison.Ordinal);
            Assert.Contains("שלום", shown, StringComparison.Ordinal);
        }

        // The preview shows the whole reason as the card will, not a quoted first sentence of it.
        Assert.DoesNotContain("“\u2068" + CardText.Escape(reason)[..10], preview, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_reason_with_an_id_shows_the_name_instead()
    {
        var intro = IntroSamples.Intro() with { Reason = $"{IntroSamples.Ada} is looking for a forecaster — 29:1{IntroSamples.Ben} built the demand model." };

        var card = AdminTeam.TextOf(IntroCards.Suggestion(intro));
        var handoff = HandoffMessage.For(intro, intro.Parties[0]);

        foreach (var shown in new[] { card, handoff })
        {
            Assert.DoesNotContain(IntroSamples.Ada, shown, StringComparison.Ordinal);
            Assert.DoesNotContain(IntroSamples.Ben, shown, StringComparison.Ordinal);
        }

        Assert.Contains("Ada is looking for a forecaster — Ben built the demand model.", card, StringComparison.Ordinal);
    }

    [Fact]
    public void The_preview_names_who_waits_first_in_line_never_by_their_id()
    {
        var intro = IntroSamples.Intro();
        RoundPlan plan = new("r", 4, 4, [], [intro], ["aad-cleo-0003", "aad-dan-0004"]) { Names = new Dictionary<string, string> { ["aad-cleo-0003"] = "Cleo Park" } };

        var preview = AdminTeam.TextOf(SettingsCards.Preview(Team, plan, "Intros", plan.Names));

        Assert.Contains("Cleo Park", preview, StringComparison.Ordinal);
        Assert.Contains(IntrosStrings.SomeColleague, preview, StringComparison.Ordinal);
        Assert.DoesNotContain("aad-", preview, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Gwen Ito", "Gwen Ito")]
    [InlineData(null, null)]
    [InlineData("aad-gwen-0001", null)]
    [InlineData("29:1aad-gwen-0001", null)]
    [InlineData("gwen@contoso.example", null)]
    public void Round_names_come_from_the_roster_and_are_never_ids(string? rosterName, string? expected)
    {
        var account = new ConnectorBot.BotFramework.Connector.TeamsChannelAccount { Id = "29:1aad-gwen-0001", AadObjectId = "aad-gwen-0001", Name = rosterName, UserPrincipalName = "gwen@contoso.example" };
        var profile = new ConnectorBot.Interview.Profile { TenantId = IntroSamples.Tenant, MemberId = "aad-gwen-0001", Name = null, CreatedAt = IntroSamples.Now };

        Assert.Equal(expected, IntroNames.Of(account, profile));
        Assert.Equal("Gwen Ito", IntroNames.Of(account with { Name = null }, profile with { Name = "Gwen Ito" }));
    }
}
