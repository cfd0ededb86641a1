using ConnectorBot.Cli;
using ConnectorBot.Matching;

namespace ConnectorBot.Tests.Matching;

public class DeterminismTests
{
    [Fact]
    public void SameInputInAnyOrderGivesTheSameRound()
    {
        List<MatchProfile> profiles = SyntheticProfiles.Generate(300, seed: 5);
        List<MatchProfile> shuffled = [.. profiles.OrderBy(p => (p.Id.GetHashCode(StringComparison.Ordinal) * 31) ^ 7)];
        shuffled.Reverse();

        IntroRound first = IntroMatcher.Match(profiles, PairHistory.Empty, Members.Options(2));
        IntroRound again = IntroMatcher.Match(profiles, PairHistory.Empty, Members.Options(2));
        IntroRound reordered = IntroMatcher.Match(shuffled, PairHistory.Empty, Members.Options(2));

        Assert.NotEmpty(first.Intros);
        Assert.Equal(first.Intros, again.Intros);
        Assert.Equal(first.Intros, reordered.Intros);
        Assert.Equal(first.FirstInLine, reordered.FirstInLine);
    }

    [Fact]
    public void EveryIntroHasAReasonInBothSidesWords()
    {
        IntroRound round = IntroMatcher.Match([Members.WifiNeedsChecks, Members.ChecksNeedsWifi], PairHistory.Empty, Members.Options());

        Intro intro = Assert.Single(round.Intros);
        Assert.InRange(intro.Score, 0, 1);
        Assert.Contains("Wi-Fi dead zones", intro.Reason, StringComparison.Ordinal);
        Assert.Contains("hygiene checks onto iPads", intro.Reason, StringComparison.Ordinal);
        Assert.EndsWith(".", intro.Reason, StringComparison.Ordinal);
    }
}
