using System.Text.Json;

using ConnectorBot.BotFramework.Schema;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Intros;
using ConnectorBot.Intros.MatchNow;
using ConnectorBot.Teams.Settings;
using ConnectorBot.Tests.Intros;

namespace ConnectorBot.Tests.Teams.Settings;

/// <summary>
/// A big team's match-now preview (1,200 intros, 4,000 left over): the card lists only the best intros and names only
/// the first people left over, so Teams (which refuses a message past about 28 KB) still shows it; and Post still makes
/// every intro the card didn't list, leaving out only those switched off.
/// </summary>
public sealed class BigRoundPreviewTests
{
    private const string Round = "20261118T1200-now";
    private const int Intros = 1_200;
    private const int LeftOver = 4_000;

    private static readonly TeamSettings Team = new() { TenantId = IntroSamples.Tenant, TeamId = IntroSamples.Team, ServiceUrl = "https://smba.trafficmanager.net/emea/" };

    [Fact]
    public void A_big_rounds_preview_stays_under_28_KB_and_counts_what_it_does_not_list()
    {
        var plan = BigPlan();

        var card = SettingsCards.Preview(Team, plan, "Intros", plan.Names);
        var text = AdminTeam.TextOf(card);

        Assert.InRange(JsonSerializer.SerializeToUtf8Bytes(card, BotJson.Options).Length, 1, 27_999);
        Assert.Contains(SettingsStrings.PreviewSummaryOverCap("1200 intros", Team.ChannelIntrosPerRound, "Intros", Intros - Team.ChannelIntrosPerRound), text, StringComparison.Ordinal);
        Assert.Contains(SettingsStrings.PreviewDropHintListed(SettingsCards.PreviewIntros), text, StringComparison.Ordinal);
        Assert.Contains(SettingsStrings.PreviewMore(Intros - SettingsCards.PreviewIntros), text, StringComparison.Ordinal);
        Assert.Contains($" and {LeftOver - SettingsCards.PreviewFirstInLineNames} others.", text, StringComparison.Ordinal);

        // The best by score, as the channel takes them: the plan lists them in no particular order.
        Assert.Equal(ChannelCap.BestFirst(plan.NewIntros).Take(SettingsCards.PreviewIntros).Select(i => PreviewChoice.InputId(i.IntroId)), SwitchIds(card));
        Assert.True(PostData(card).GetProperty(PreviewChoice.UnlistedKey).GetBoolean());

        // People by their display name, escaped, never by id; only the first few of those left over.
        Assert.Contains(@"\*\*Dr.\*\* Zoë Ngũgĩ-Fernández 0 🚀", text, StringComparison.Ordinal);
        Assert.Contains(LeftOverName(SettingsCards.PreviewFirstInLineNames - 1), text, StringComparison.Ordinal);
        Assert.DoesNotContain(LeftOverName(SettingsCards.PreviewFirstInLineNames), text, StringComparison.Ordinal);
        Assert.DoesNotContain("aad-", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**Dr.**", text, StringComparison.Ordinal);
    }

    [Fact]
    public void With_names_as_long_as_Teams_allows_the_preview_lists_fewer_of_the_best_and_still_fits()
    {
        // 256 characters, each escaped to six bytes in the JSON sent.
        var plan = BigPlan(name: (n, p) => $"{n}-{p} " + new string('Ж', 250));

        var card = SettingsCards.Preview(Team, plan, "Intros", plan.Names);
        var switches = SwitchIds(card);
        var text = AdminTeam.TextOf(card);

        Assert.InRange(JsonSerializer.SerializeToUtf8Bytes(card, BotJson.Options).Length, 1, SettingsCards.PreviewBytes);
        Assert.InRange(switches.Count, 1, SettingsCards.PreviewIntros - 1);
        Assert.Equal(ChannelCap.BestFirst(plan.NewIntros).Take(switches.Count).Select(i => PreviewChoice.InputId(i.IntroId)), switches);
        Assert.Contains(SettingsStrings.PreviewDropHintListed(switches.Count), text, StringComparison.Ordinal);
        Assert.Contains(SettingsStrings.PreviewMore(Intros - switches.Count), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Posting_a_big_rounds_preview_makes_every_intro_but_the_ones_switched_off()
    {
        var plan = BigPlan();
        var card = SettingsCards.Preview(Team, plan, "Intros", plan.Names);
        var switches = SwitchIds(card);

        var choice = PreviewChoice.Read(Press(card, [.. switches.Select((id, n) => (id, n is 3 or 7 ? "false" : "true"))]));
        var kept = plan.Keeping(choice!).NewIntros.Select(i => PreviewChoice.InputId(i.IntroId)).ToList();

        Assert.Equal(Intros - 2, kept.Count);
        Assert.DoesNotContain(switches[3], kept);
        Assert.DoesNotContain(switches[7], kept);
        Assert.Contains(switches[0], kept);
    }

    [Fact]
    public void Switching_off_every_listed_intro_of_a_big_round_still_makes_the_ones_not_listed()
    {
        var plan = BigPlan();
        var card = SettingsCards.Preview(Team, plan, "Intros", plan.Names);
        var switches = SwitchIds(card);

        var choice = PreviewChoice.Read(Press(card, [.. switches.Select(id => (id, "false"))]))!;
        var kept = plan.Keeping(choice).NewIntros.Select(i => PreviewChoice.InputId(i.IntroId)).ToList();

        Assert.False(choice.MakesNone);
        Assert.Equal(Intros - switches.Count, kept.Count);
        Assert.Empty(kept.Intersect(switches));
    }

    [Fact]
    public void A_small_rounds_preview_lists_everything_and_its_post_makes_only_the_intros_left_on()
    {
        var plan = BigPlan(intros: 3, leftOver: 2);
        var card = SettingsCards.Preview(Team, plan, "Intros", plan.Names);
        var switches = SwitchIds(card);
        var text = AdminTeam.TextOf(card);

        var some = PreviewChoice.Read(Press(card, (switches[0], "true"), (switches[1], "false"), (switches[2], "false")))!;
        var none = PreviewChoice.Read(Press(card, [.. switches.Select(id => (id, "false"))]))!;

        Assert.Equal(3, switches.Count);
        Assert.False(PostData(card).TryGetProperty(PreviewChoice.UnlistedKey, out _));
        Assert.Contains(SettingsStrings.PreviewDropHint, text, StringComparison.Ordinal);
        Assert.DoesNotContain("more intro", text, StringComparison.Ordinal);
        Assert.Contains(SettingsStrings.PreviewFirstInLine(LeftOverName(0) + ", " + LeftOverName(1)), text, StringComparison.Ordinal);
        Assert.Equal([switches[0]], plan.Keeping(some).NewIntros.Select(i => PreviewChoice.InputId(i.IntroId)));
        Assert.True(none.MakesNone);
    }

    /// <summary>
    /// Intros with long display names (markdown, emoji, accents), every 10th a trio, and a reason as long as the reason
    /// writer makes them; scores shuffled so the best are spread through the plan.
    /// </summary>
    private static RoundPlan BigPlan(int intros = Intros, int leftOver = LeftOver, Func<int, int, string>? name = null)
    {
        name ??= (n, p) => $"**Dr.** Zoë Ngũgĩ-Fernández {n} 🚀 <b>Platform</b> _Reliability_ ${{team}} 🇰🇪 {p}";
        var records = new List<IntroRecord>();
        for (var n = 0; n < intros; n++)
        {
            var parties = Enumerable.Range(0, n % 10 == 0 ? 3 : 2)
                .Select(p => IntroSamples.Party($"aad-{n}-{p}", name(n, p)))
                .ToList();
            records.Add(IntroSamples.Intro(IntroIds.For(Round, parties.Select(p => p.MemberId)), IntroState.Planned) with
            {
                RoundId = Round,
                Parties = parties,
                Score = 1 - ((n * 7919 % intros) / (double)intros),
                Reason = $"Zoë is looking for someone who has run **Kubernetes** <b>clusters</b> in production at scale 🚀 and kept them patched; " +
                    $"Ngũgĩ has run our container platform for five years, migrated 300 services ${{env}} and wants a designer for internal tools 😀 {n}.",
            });
        }

        var waiting = Enumerable.Range(0, leftOver).Select(n => $"aad-left-{n}").ToList();
        return new RoundPlan(Round, (3 * intros) + leftOver, (3 * intros) + leftOver, [], records, waiting)
        {
            Names = waiting.Select((id, n) => (id, n)).ToDictionary(x => x.id, x => LeftOverName(x.n)),
        };
    }

    // Escaping leaves these names as they are, so the card shows them verbatim.
    private static string LeftOverName(int n) => $"Siobhán Ó Fearghail-Nakamura {n} 🌱";

    private static List<string> SwitchIds(JsonElement card) => [.. card.GetProperty("body").EnumerateArray()
        .Where(e => e.GetProperty("type").GetString() == "Container")
        .SelectMany(c => c.GetProperty("items").EnumerateArray())
        .Where(i => i.GetProperty("type").GetString() == "Input.Toggle")
        .Select(i => i.GetProperty("id").GetString()!)];

    private static JsonElement PostData(JsonElement card) => card.GetProperty("actions").EnumerateArray()
        .Single(a => a.GetProperty("verb").GetString() == SettingsVerbs.MatchPost)
        .GetProperty("data");

    /// <summary>A Post press as Teams sends it: the button's data with every switch of the card as the admin left it.</summary>
    private static CardAction Press(JsonElement card, params (string Id, string Value)[] switches)
    {
        var data = PostData(card).EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value.Clone());
        foreach (var (id, value) in switches)
        {
            data[id] = value;
        }

        return new CardAction(SettingsVerbs.MatchPost, JsonSerializer.SerializeToElement(data), IsExecute: true);
    }
}
