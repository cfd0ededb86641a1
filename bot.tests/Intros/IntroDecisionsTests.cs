using ConnectorBot.Intros;

using static ConnectorBot.Tests.Intros.IntroSamples;

namespace ConnectorBot.Tests.Intros;

public sealed class IntroDecisionsTests
{
    private static readonly DateTimeOffset Later = Now.AddHours(3);

    [Fact]
    public void FirstAccept_IsRecorded_AndTheIntroStaysOpen()
    {
        var result = IntroDecisions.Decide(Intro(), Ada, Decision.Accepted, Later);

        Assert.Equal(DecisionOutcome.Applied, result.Outcome);
        Assert.Equal(IntroState.Posted, result.Intro.State);
        Assert.Equal(Decision.Accepted, result.Intro.Party(Ada)!.Decision);
        Assert.Null(result.Intro.Party(Ben)!.Decision);
        Assert.Null(result.Intro.ClosedAt);
    }

    [Fact]
    public void BothAccept_Connects_AndRecordsWhen()
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
    public void APass_ClosesTheIntro_WhetherOrNotTheOtherAccepted(bool otherAcceptedFirst)
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
    public void AStranger_IsNotNamed_AndChangesNothing(IntroState state)
    {
        var intro = Intro(state: state);

        var result = IntroDecisions.Decide(intro, "aad-stranger", Decision.Accepted, Later);

        Assert.Equal(DecisionOutcome.NotNamed, result.Outcome);
        Assert.Same(intro, result.Intro);
    }

    [Theory]
    [InlineData(Decision.Accepted)]
    [InlineData(Decision.Passed)]
    public void ARepeatClick_WhileOpen_IsAlreadyDecided_AndTheFirstDecisionSticks(Decision second)
    {
        var accepted = IntroDecisions.Decide(Intro(), Ada, Decision.Accepted, Now).Intro;

        var result = IntroDecisions.Decide(accepted, Ada, second, Later);

        Assert.Equal(DecisionOutcome.AlreadyDecided, result.Outcome);
        Assert.Same(accepted, result.Intro);
        Assert.Equal(Decision.Accepted, result.Intro.Party(Ada)!.Decision);
        Assert.Equal(IntroState.Posted, result.Intro.State);
    }

    [Fact]
    public void AcceptAgain_OnAConnectedIntro_IsAlreadyDecided()
    {
        var connected = Connected();

        var result = IntroDecisions.Decide(connected, Ben, Decision.Accepted, Later);

        Assert.Equal(DecisionOutcome.AlreadyDecided, result.Outcome);
        Assert.Same(connected, result.Intro);
    }

    [Fact]
    public void PassAfterConnecting_IsClosed_AndTheConnectionStands()
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
    public void DecisionsOnAnIntroNotOpen_AreClosed(IntroState state, Decision decision)
    {
        var intro = Intro(state: state);

        var result = IntroDecisions.Decide(intro, Ada, decision, Later);

        Assert.Equal(DecisionOutcome.Closed, result.Outcome);
        Assert.Same(intro, result.Intro);
    }

    [Theory]
    [InlineData(Decision.Accepted)]
    [InlineData(Decision.Passed)]
    public void AfterAPass_TheOtherMembersClick_IsClosed(Decision decision)
    {
        var passed = IntroDecisions.Decide(Intro(), Ada, Decision.Passed, Now).Intro;

        var result = IntroDecisions.Decide(passed, Ben, decision, Later);

        Assert.Equal(DecisionOutcome.Closed, result.Outcome);
        Assert.Null(result.Intro.Party(Ben)!.Decision);
        Assert.Equal(Now, result.Intro.ClosedAt);
    }

    [Fact]
    public void ClicksReplayedInAnyOrder_OnEachFreshRead_ApplyOneDecisionPerMember()
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
    public void AThreePersonIntro_ConnectsOnlyWhenAllThreeAccept()
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
