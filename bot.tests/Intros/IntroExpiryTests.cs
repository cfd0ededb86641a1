using ConnectorBot.Intros;

using static ConnectorBot.Tests.Intros.IntroSamples;

namespace ConnectorBot.Tests.Intros;

public sealed class IntroExpiryTests
{
    [Fact]
    public void APostedIntro_IsDueExactlyAtItsExpiry_NotBefore()
    {
        var intro = Intro();

        Assert.False(IntroExpiry.IsDue(intro, 7, Now.AddDays(7).AddTicks(-1)));
        Assert.True(IntroExpiry.IsDue(intro, 7, Now.AddDays(7)));
        Assert.True(IntroExpiry.IsDue(intro, 3, Now.AddDays(4)));
    }

    [Theory]
    [InlineData(IntroState.Planned)]
    [InlineData(IntroState.Connected)]
    [InlineData(IntroState.Passed)]
    [InlineData(IntroState.Expired)]
    public void OnlyPostedIntros_Expire(IntroState state)
    {
        Assert.False(IntroExpiry.IsDue(Intro(state: state) with { PostedAt = Now }, 7, Now.AddDays(30)));
    }

    [Fact]
    public void AConnection_IsDueItsFollowUp_AfterTheDays_AndOnlyOnce()
    {
        var connected = Intro(state: IntroState.Connected) with { ClosedAt = Now.AddDays(1) };

        Assert.False(IntroExpiry.FollowUpDue(connected, 7, Now.AddDays(7)));
        Assert.True(IntroExpiry.FollowUpDue(connected, 7, Now.AddDays(8)));
        Assert.False(IntroExpiry.FollowUpDue(connected with { FollowUpSentAt = Now.AddDays(8) }, 7, Now.AddDays(9)));
    }

    [Theory]
    [InlineData(IntroState.Posted)]
    [InlineData(IntroState.Passed)]
    [InlineData(IntroState.Expired)]
    public void OnlyConnections_GetAFollowUp(IntroState state)
    {
        Assert.False(IntroExpiry.FollowUpDue(Intro(state: state) with { ClosedAt = Now }, 7, Now.AddDays(30)));
    }
}
