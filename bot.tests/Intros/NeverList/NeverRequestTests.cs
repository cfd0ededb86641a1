using ConnectorBot.Intros.NeverList;
using ConnectorBot.Matching;

namespace ConnectorBot.Tests.Intros.NeverList;

/// <summary>Which personal-chat messages are never-list commands (text as it arrives, mentions already taken out), and how a round takes the lists.</summary>
public sealed class NeverRequestTests
{
    [Theory]
    [InlineData("never introduce me to", NeverAction.Never, null)]
    [InlineData("Never introduce me to Ana Lima.", NeverAction.Never, "Ana Lima")]
    [InlineData("please don't introduce me to Ana", NeverAction.Never, "Ana")]
    [InlineData("never", NeverAction.Never, null)]
    [InlineData("never @Ana Lima", NeverAction.Never, "Ana Lima")]
    [InlineData("BLOCK", NeverAction.Never, null)]
    [InlineData("block @Ana", NeverAction.Never, "Ana")]
    [InlineData("allow", NeverAction.Allow, null)]
    [InlineData("allow Ana Lima", NeverAction.Allow, "Ana Lima")]
    [InlineData("unblock @Ana Lima", NeverAction.Allow, "Ana Lima")]
    [InlineData("never list", NeverAction.List, null)]
    [InlineData("Show my never list!", NeverAction.List, null)]
    [InlineData("blocked", NeverAction.List, null)]
    public void Never_allow_and_list_phrases_are_read_with_any_typed_name(string text, NeverAction action, string? name)
    {
        var request = NeverRequest.Parse(text);

        Assert.Equal(new NeverRequest(action, name), request);
    }

    [Theory]
    [InlineData("block chain experts")]
    [InlineData("never give up on quality")]
    [InlineData("allow teams to ship faster")]
    [InlineData("allow me more time for research")]
    [InlineData("I never know who to ask")]
    [InlineData("")]
    public void Sentences_that_merely_start_like_a_command_are_answers(string text) => Assert.Null(NeverRequest.Parse(text));

    [Fact]
    public void A_round_gets_the_never_pairs_and_drops_a_trio_that_names_one()
    {
        var round = new IntroRound([new Intro("a", "b", 0.9, "why", C: "c"), new Intro("d", "e", 0.8, "why")], []);
        var excluded = new Dictionary<string, IReadOnlySet<string>> { ["c"] = new HashSet<string> { "a" }, ["a"] = new HashSet<string> { "c" } };

        var kept = NeverPairs.Without(round, excluded, out var dropped);

        Assert.Equal(1, dropped);
        Assert.Equal("d", Assert.Single(kept.Intros).A);
        Assert.Contains(("a", "c"), NeverPairs.AddTo(PairHistory.Empty, excluded).NeverWith);
    }
}
