using ConnectorBot.Intros;
using ConnectorBot.Matching;

namespace ConnectorBot.Tests.Intros;

public class PairOutcomeTests
{
    [Theory]
    [InlineData(PairOutcome.Connected, IntroOutcome.Met)]
    [InlineData(PairOutcome.Helped, IntroOutcome.Met)]
    [InlineData(PairOutcome.Met, IntroOutcome.Met)]
    [InlineData(PairOutcome.NotYet, IntroOutcome.Met)]
    [InlineData(PairOutcome.No, IntroOutcome.Met)]
    [InlineData(PairOutcome.Passed, IntroOutcome.Declined)]
    [InlineData(PairOutcome.Expired, IntroOutcome.NoResponse)]
    public void A_pass_is_a_decline_silence_is_no_response_and_everything_else_was_an_intro(PairOutcome outcome, IntroOutcome seen) =>
        Assert.Equal(seen, outcome.ToMatcher());

    [Theory]
    [InlineData(MeetingOutcome.Helped, PairOutcome.Helped)]
    [InlineData(MeetingOutcome.Met, PairOutcome.Met)]
    [InlineData(MeetingOutcome.NotYet, PairOutcome.NotYet)]
    [InlineData(MeetingOutcome.No, PairOutcome.No)]
    public void A_did_you_meet_answer_is_kept_as_its_own_outcome(MeetingOutcome answer, PairOutcome kept) =>
        Assert.Equal(kept, PairOutcomes.From(answer));

    [Fact]
    public void Rows_keep_outcomes_by_the_names_the_previous_version_wrote()
    {
        // Pair history written before the enum holds these exact strings.
        string[] written = ["Connected", "Passed", "Expired", "Helped", "Met", "NotYet", "No"];
        Assert.All(written, name => Assert.True(PairOutcomes.TryRead(name, out var outcome) && outcome.ToString() == name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("connected")]
    [InlineData("Declined")]
    public void Anything_else_stored_is_not_an_outcome(string? stored) =>
        Assert.False(PairOutcomes.TryRead(stored, out _));
}
