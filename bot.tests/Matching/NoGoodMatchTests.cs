using ConnectorBot.Matching;

namespace ConnectorBot.Tests.Matching;

/// <summary>Someone with no real match is left unpaired and reported, never forced into a weak intro.</summary>
public class NoGoodMatchTests
{
    /// <summary>Shares only a passing word ("warehouse") with the Wi-Fi member, and nothing anyone offers answers the ask.</summary>
    private static readonly MatchProfile Lonely = Members.Of("lonely", "someone who has restored a vintage motorbike", "I can show you round the warehouse", "Warehouse Supervisor");

    [Fact]
    public void A_member_with_no_real_match_is_left_out_and_reported()
    {
        MatchProfile[] members = [Members.WifiNeedsChecks, Members.ChecksNeedsWifi, Lonely, .. Members.Background];

        var round = IntroMatcher.Match(members, PairHistory.Empty, Members.Options() with { OddHeadcount = OddHeadcountPolicy.Trio });

        var intro = Assert.Single(round.Intros);
        Assert.Equal(["checks", "wifi"], new[] { intro.A, intro.B }.Order(StringComparer.Ordinal));
        Assert.Null(intro.C);
        Assert.Contains("lonely", round.NoGoodMatch);
        Assert.DoesNotContain(round.FirstInLine, l => l.MemberId == "lonely");
    }

    [Fact]
    public void Every_member_is_introduced_waiting_or_reported_without_a_good_match()
    {
        var third = Members.Of("c3", "someone who sorted out wifi dead zones", "I digitised our clipboards onto devices");
        MatchProfile[] members = [Members.WifiNeedsChecks, Members.ChecksNeedsWifi, third, Lonely, Members.Recruiter, Members.NeedsHiring, .. Members.Background];

        var round = IntroMatcher.Match(members, PairHistory.Empty, Members.Options());

        List<string> accounted = [.. round.Intros.SelectMany(i => new[] { i.A, i.B }), .. round.FirstInLine.Select(l => l.MemberId), .. round.NoGoodMatch];
        Assert.Equal(members.Select(m => m.Id).Order(StringComparer.Ordinal), accounted.Order(StringComparer.Ordinal));
        Assert.Equal(round.NoGoodMatch.Order(StringComparer.Ordinal), round.NoGoodMatch);
    }

    [Fact]
    public void A_paraphrase_partner_wins_over_a_word_overlap_trap()
    {
        var asker = Members.Of("asker", "someone who can sort out wireless coverage in a steel building", "I moved our hygiene checks onto iPads", "Quality Engineer");
        var paraphrase = Members.Of("para", "someone who has moved paper checklists onto tablets", "I fixed the Wi-Fi dead zones in the warehouse", "IT Support Lead");
        var trap = Members.Of("trap", "someone who can cover my steel drum band's gig", "I can cover any building's steel frame inspection", "Structural Engineer");
        MatchProfile[] members = [asker, paraphrase, trap, .. Members.Background];

        var round = IntroMatcher.Match(members, PairHistory.Empty, Members.Options());

        Assert.Contains(round.Intros, i => new[] { i.A, i.B }.Order(StringComparer.Ordinal).SequenceEqual(["asker", "para"]));
        Assert.DoesNotContain(round.Intros, i => i.A == "trap" || i.B == "trap");
    }
}
