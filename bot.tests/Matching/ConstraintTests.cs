using ConnectorBot.Matching;

namespace ConnectorBot.Tests.Matching;

public class ConstraintTests
{
    private static readonly MatchProfile[] Pair = [Members.WifiNeedsChecks, Members.ChecksNeedsWifi, Members.Stranger];

    private static bool Introduced(IntroRound round, string a, string b) =>
        round.Intros.Any(i => (i.A == a && i.B == b) || (i.A == b && i.B == a));

    [Fact]
    public void GoodPairIsIntroducedWithoutHistory()
    {
        IntroRound round = IntroMatcher.Match(Pair, PairHistory.Empty, Members.Options());

        Assert.True(Introduced(round, "wifi", "checks"));
    }

    [Fact]
    public void CooldownBlocksARecentPairButNotAnOldOne()
    {
        PairHistory recent = new([new PastIntro("wifi", "checks", new DateOnly(2026, 10, 1), IntroOutcome.Met)], [], []);
        PairHistory old = new([new PastIntro("wifi", "checks", new DateOnly(2025, 1, 1), IntroOutcome.Met)], [], []);

        Assert.False(Introduced(IntroMatcher.Match(Pair, recent, Members.Options()), "wifi", "checks"));
        Assert.True(Introduced(IntroMatcher.Match(Pair, old, Members.Options()), "wifi", "checks"));
    }

    [Fact]
    public void DeclineBlocksThePairEvenAfterTheCooldown()
    {
        PairHistory declined = new([new PastIntro("checks", "wifi", new DateOnly(2024, 1, 1), IntroOutcome.Declined)], [], []);

        Assert.False(Introduced(IntroMatcher.Match(Pair, declined, Members.Options()), "wifi", "checks"));
    }

    [Fact]
    public void NeverWithBlocksThePair()
    {
        PairHistory never = new([], [("checks", "wifi")], []);

        Assert.Empty(IntroMatcher.Match(Pair, never, Members.Options()).Intros);
    }

    [Fact]
    public void NoMemberGetsMoreThanTheirCap()
    {
        // Three members all able to use the Wi-Fi fixer.
        MatchProfile[] members =
        [
            Members.WifiNeedsChecks,
            Members.ChecksNeedsWifi,
            Members.Of("c2", "someone who can fix wireless coverage in the plant", "I moved paper checklists onto tablets"),
            Members.Of("c3", "someone who sorted out wifi dead zones", "I digitised our clipboards onto devices"),
        ];

        foreach (int cap in new[] { 1, 2 })
        {
            IntroRound round = IntroMatcher.Match(members, PairHistory.Empty, Members.Options(cap));
            Assert.NotEmpty(round.Intros);
            Assert.All(members, m => Assert.True(round.Intros.Count(i => i.A == m.Id || i.B == m.Id) <= cap));
        }
    }

    [Fact]
    public void OddOneOutIsReportedFirstInLineOrJoinsATrio()
    {
        MatchProfile third = Members.Of("c3", "someone who sorted out wifi dead zones", "I digitised our clipboards onto devices");
        MatchProfile[] members = [Members.WifiNeedsChecks, Members.ChecksNeedsWifi, third, .. Members.Background];

        IntroRound waiting = IntroMatcher.Match(members, PairHistory.Empty, Members.Options() with { OddHeadcount = OddHeadcountPolicy.FirstInLine });
        IntroRound trio = IntroMatcher.Match(members, PairHistory.Empty, Members.Options() with { OddHeadcount = OddHeadcountPolicy.Trio });

        Assert.Single(waiting.Intros);
        LeftOver left = Assert.Single(waiting.FirstInLine);
        Assert.DoesNotContain(waiting.Intros, i => i.A == left.MemberId || i.B == left.MemberId);
        Intro together = Assert.Single(trio.Intros);
        Assert.NotNull(together.C);
        Assert.Empty(trio.FirstInLine);
        Assert.Equal(3, new[] { together.A, together.B, together.C }.Distinct().Count());
    }

    [Fact]
    public void FirstInLineFromLastRoundIsServedFirst()
    {
        MatchProfile third = Members.Of("c3", "someone who sorted out wifi dead zones", "I digitised our clipboards onto devices");
        MatchProfile[] members = [Members.WifiNeedsChecks, Members.ChecksNeedsWifi, third, .. Members.Background];
        IntroRound first = IntroMatcher.Match(members, PairHistory.Empty, Members.Options());
        string waiting = Assert.Single(first.FirstInLine).MemberId;

        IntroRound next = IntroMatcher.Match(members, new PairHistory([], [], [waiting]), Members.Options());

        Assert.Contains(next.Intros, i => i.A == waiting || i.B == waiting);
    }
}
