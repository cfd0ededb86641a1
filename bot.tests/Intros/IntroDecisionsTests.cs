using ConnectorBot.Intros;

using static ConnectorBot.Tests.Intros.IntroSamples;

namespace ConnectorBot.Tests.Intros;

public sealed class IntroDecisionsTests
{
    private static readonly DateTimeOffset Later = Now.AddHours(3);

    [Fact]
    public void First_accept_is_recorded_and_the_intro_stays_open()
    {
        var result = IntroDecisions.Decide(Intro(), Ada, Decision.Accepted, Later);

        Assert.Equal(DecisionOutcome.Applied, result.Outcome);
        Assert.Equal(IntroState.Posted, result.Intro.State);
        Assert.Equal(Decision.Accepted, result.Intro.Party(Ada)!.Decision);
        Assert.Null(result.Intro.Party(Ben)!.Decision);
        Assert.Null(result.Intro.ClosedAt);
    }

    [Fact]
    public void Both_accept_connects_and_records_when()
    {
        var first = IntroDecisions.Decide(Intro(), Ada, Decision.Accepted, Now).Intro;
        var result = IntroDecisions.Decide(first, Ben, Decision.Accepted, Later);

        Assert.Equal(DecisionOutcome.Applied, result.Outcome);
        Assert.Equal(IntroState.Connected, result.Intro.State);
        Assert.Equal(Later, result.Intro.ClosedAt);
        Assert.All(result.Intro.Parties, p => Assert.Equal(Decision.Accepted, p.Decision));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_pass_closes_the_intro_whether_or_not_the_other_accepted(bool otherAcceptedFirst)
    {
        var intro = otherAcceptedFirst ? IntroDecisions.Decide(Intro(), Ada, Decision.Accepted, Now).Intro : Intro();

        var result = IntroDecisions.Decide(intro, Ben, Decision.Passed, Later);

        Assert.Equal(DecisionOutcome.Applied, result.Outcome);
        Assert.Equal(IntroState.Passed, result.Intro.State);
        Assert.Equal(Later, result.Intro.ClosedAt);
        Assert.Equal(Decision.Passed, result.Intro.Party(Ben)!.Decision);
    }

    [Theory]
    [InlineData(IntroState.Posted)]
    [InlineData(IntroState.Connected)]
    [InlineData(IntroState.Passed)]
    [InlineData(IntroState.Planned)]
    public void A_stranger_is_not_named_and_changes_nothing(IntroState state)
    {
        var intro = Intro(state: state);

        var result = IntroDecisions.Decide(intro, "aad-stranger", Decision.Accepted, Later);

        Assert.Equal(DecisionOutcome.NotNamed, result.Outcome);
        Assert.Same(intro, result.Intro);
    }

    [Theory]
    [InlineData(Decision.Accepted)]
    [InlineData(Decision.Passed)]
    public void A_repeat_click_while_open_is_already_decided_and_the_first_decision_sticks(Decision second)
    {
        var accepted = IntroDecisions.Decide(Intro(), Ada, Decision.Accepted, Now).Intro;

        var result = IntroDecisions.Decide(accepted, Ada, second, Later);

        Assert.Equal(DecisionOutcome.AlreadyDecided, result.Outcome);
        Assert.Same(accepted, result.Intro);
        Assert.Equal(Decision.Accepted, result.Intro.Party(Ada)!.Decision);
        Assert.Equal(IntroState.Posted, result.Intro.State);
    }

    [Fact]
    public void Accept_again_on_a_connected_intro_is_already_decided()
    {
        var connected = Connected();

        var result = IntroDecisions.Decide(connected, Ben, Decision.Accepted, Later);

        Assert.Equal(DecisionOutcome.AlreadyDecided, result.Outcome);
        Assert.Same(connected, result.Intro);
    }

    [Fact]
    public void Pass_after_connecting_is_closed_and_the_connection_stands()
    {
        var connected = Connected();

        var result = IntroDecisions.Decide(connected, Ada, Decision.Passed, Later);

        Assert.Equal(DecisionOutcome.Closed, result.Outcome);
        Assert.Equal(IntroState.Connected, result.Intro.State);
    }

    [Theory]
    [InlineData(IntroState.Planned, Decision.Accepted)]
    [InlineData(IntroState.Planned, Decision.Passed)]
    [InlineData(IntroState.Expired, Decision.Accepted)]
    [InlineData(IntroState.Expired, Decision.Passed)]
    public void Decisions_on_an_intro_not_open_are_closed(IntroState state, Decision decision)
    {
        var intro = Intro(state: state);

        var result = IntroDecisions.Decide(intro, Ada, decision, Later);

        Assert.Equal(DecisionOutcome.Closed, result.Outcome);
        Assert.Same(intro, result.Intro);
    }

    [Theory]
    [InlineData(Decision.Accepted)]
    [InlineData(Decision.Passed)]
    public void After_a_pass_the_other_members_click_is_closed(Decision decision)
    {
        var passed = IntroDecisions.Decide(Intro(), Ada, Decision.Passed, Now).Intro;

        var result = IntroDecisions.Decide(passed, Ben, decision, Later);

        Assert.Equal(DecisionOutcome.Closed, result.Outcome);
        Assert.Null(result.Intro.Party(Ben)!.Decision);
        Assert.Equal(Now, result.Intro.ClosedAt);
    }

    [Fact]
    public void Clicks_replayed_in_any_order_on_each_fresh_read_apply_one_decision_per_member()
    {
        // What ETag retries do: every click is re-run against the latest stored record.
        string[] clicks = [Ada, Ben, Ada, Ada, Ben, Ben, Ada];
        var intro = Intro();
        var applied = new List<string>();
        foreach (var member in clicks)
        {
            var result = IntroDecisions.Decide(intro, member, Decision.Accepted, Later);
            if (result.Outcome == DecisionOutcome.Applied)
            {
                applied.Add(member);
            }

            intro = result.Intro;
        }

        Assert.Equal([Ada, Ben], applied);
        Assert.Equal(IntroState.Connected, intro.State);
    }

    [Fact]
    public void A_three_person_intro_connects_only_when_all_three_accept()
    {
        var trio = Intro() with { Parties = [Party(Ada, "Ada"), Party(Ben, "Ben"), Party("aad-cy-0003", "Cy")] };

        var two = IntroDecisions.Decide(IntroDecisions.Decide(trio, Ada, Decision.Accepted, Now).Intro, Ben, Decision.Accepted, Now).Intro;
        var all = IntroDecisions.Decide(two, "aad-cy-0003", Decision.Accepted, Later).Intro;

        Assert.Equal(IntroState.Posted, two.State);
        Assert.Equal(IntroState.Connected, all.State);
    }

    private static IntroRecord Connected() =>
        IntroDecisions.Decide(IntroDecisions.Decide(Intro(), Ada, Decision.Accepted, Now).Intro, Ben, Decision.Accepted, Now).Intro;
}
