using ConnectorBot.Cli;
using ConnectorBot.Matching;

namespace ConnectorBot.Tests.Matching;

public class DeterminismTests
{
    [Fact]
    public void Same_input_in_any_order_gives_the_same_round()
    {
        var profiles = SyntheticProfiles.Generate(300, seed: 5);
        List<MatchProfile> shuffled = [.. profiles.OrderBy(p => (p.Id.GetHashCode(StringComparison.Ordinal) * 31) ^ 7)];
        shuffled.Reverse();

        var first = IntroMatcher.Match(profiles, PairHistory.Empty, Members.Options(2));
        var again = IntroMatcher.Match(profiles, PairHistory.Empty, Members.Options(2));
        var reordered = IntroMatcher.Match(shuffled, PairHistory.Empty, Members.Options(2));

        Assert.NotEmpty(first.Intros);
        Assert.Equal(first.Intros, again.Intros);
        Assert.Equal(first.Intros, reordered.Intros);
        Assert.Equal(first.FirstInLine, reordered.FirstInLine);
    }

    [Fact]
    public void Every_intro_has_a_reason_in_both_sides_words()
    {
        var round = IntroMatcher.Match([Members.WifiNeedsChecks, Members.ChecksNeedsWifi], PairHistory.Empty, Members.Options());

        var intro = Assert.Single(round.Intros);
        Assert.InRange(intro.Score, 0, 1);
        Assert.Contains("Wi-Fi dead zones", intro.Reason, StringComparison.Ordinal);
        Assert.Contains("hygiene checks onto iPads", intro.Reason, StringComparison.Ordinal);
        Assert.EndsWith(".", intro.Reason, StringComparison.Ordinal);
    }
}
