using ConnectorBot.Matching;

namespace ConnectorBot.Tests.Matching;

public class ConstraintTests
{
    private static readonly MatchProfile[] Pair = [Members.WifiNeedsChecks, Members.ChecksNeedsWifi, Members.Stranger];

    private static bool Introduced(IntroRound round, string a, string b) =>
        round.Intros.Any(i => (i.A == a && i.B == b) || (i.A == b && i.B == a));

    [Fact]
    public void Good_pair_is_introduced_without_history()
    {
        var round = IntroMatcher.Match(Pair, PairHistory.Empty, Members.Options());

        Assert.True(Introduced(round, "wifi", "checks"));
    }

    [Fact]
    public void Cooldown_blocks_a_recent_pair_but_not_an_old_one()
    {
        PairHistory recent = new([new PastIntro("wifi", "checks", new DateOnly(2026, 10, 1), IntroOutcome.Met)], [], []);
        PairHistory old = new([new PastIntro("wifi", "checks", new DateOnly(2025, 1, 1), IntroOutcome.Met)], [], []);

        Assert.False(Introduced(IntroMatcher.Match(Pair, recent, Members.Options()), "wifi", "checks"));
        Assert.True(Introduced(IntroMatcher.Match(Pair, old, Members.Options()), "wifi", "checks"));
    }

    [Fact]
    public void Decline_blocks_the_pair_even_after_the_cooldown()
    {
        PairHistory declined = new([new PastIntro("checks", "wifi", new DateOnly(2024, 1, 1), IntroOutcome.Declined)], [], []);

        Assert.False(Introduced(IntroMatcher.Match(Pair, declined, Members.Options()), "wifi", "checks"));
    }

    [Fact]
    public void Never_with_blocks_the_pair()
    {
        PairHistory never = new([], [("checks", "wifi")], []);

        Assert.Empty(IntroMatcher.Match(Pair, never, Members.Options()).Intros);
    }

    [Fact]
    public void No_member_gets_more_than_their_cap()
    {
        // Three members all able to use the Wi-Fi fixer.
        MatchProfile[] members =
        [
            Members.WifiNeedsChecks,
            Members.ChecksNeedsWifi,
            Members.Of("c2", "someone who can fix wireless coverage in the plant", "I moved paper checklists onto tablets"),
            Members.Of("c3", "someone who sorted out wifi dead zones", "I digitised our clipboards onto devices"),
        ];

        foreach (var cap in new[] { 1, 2 })
        {
            var round = IntroMatcher.Match(members, PairHistory.Empty, Members.Options(cap));
            Assert.NotEmpty(round.Intros);
            Assert.All(members, m => Assert.True(round.Intros.Count(i => i.A == m.Id || i.B == m.Id) <= cap));
        }
    }

    [Fact]
    public void Odd_one_out_is_reported_first_in_line_or_joins_a_trio()
    {
        var third = Members.Of("c3", "someone who sorted out wifi dead zones", "I digitised our clipboards onto devices");
        MatchProfile[] members = [Members.WifiNeedsChecks, Members.ChecksNeedsWifi, third, .. Members.Background];

        var waiting = IntroMatcher.Match(members, PairHistory.Empty, Members.Options() with { OddHeadcount = OddHeadcountPolicy.FirstInLine });
        var trio = IntroMatcher.Match(members, PairHistory.Empty, Members.Options() with { OddHeadcount = OddHeadcountPolicy.Trio });

        Assert.Single(waiting.Intros);
        var left = Assert.Single(waiting.FirstInLine);
        Assert.DoesNotContain(waiting.Intros, i => i.A == left.MemberId || i.B == left.MemberId);
        var together = Assert.Single(trio.Intros);
        Assert.NotNull(together.C);
        Assert.Empty(trio.FirstInLine);
        Assert.Equal(3, new[] { together.A, together.B, together.C }.Distinct().Count());
    }

    [Fact]
    public void First_in_line_from_last_round_is_served_first()
    {
        var third = Members.Of("c3", "someone who sorted out wifi dead zones", "I digitised our clipboards onto devices");
        MatchProfile[] members = [Members.WifiNeedsChecks, Members.ChecksNeedsWifi, third, .. Members.Background];
        var first = IntroMatcher.Match(members, PairHistory.Empty, Members.Options());
        var waiting = Assert.Single(first.FirstInLine).MemberId;

        var next = IntroMatcher.Match(members, new PairHistory([], [], [waiting]), Members.Options());

        Assert.Contains(next.Intros, i => i.A == waiting || i.B == waiting);
    }
}
