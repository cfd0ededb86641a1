using ConnectorBot.Intros;

using static ConnectorBot.Tests.Intros.IntroSamples;

namespace ConnectorBot.Tests.Intros;

public sealed class IntroExpiryTests
{
    [Fact]
    public void A_posted_intro_is_due_exactly_at_its_expiry_not_before()
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
    public void Only_posted_intros_expire(IntroState state)
    {
        Assert.False(IntroExpiry.IsDue(Intro(state: state) with { PostedAt = Now }, 7, Now.AddDays(30)));
    }

    [Fact]
    public void A_connection_is_due_its_follow_up_after_the_days_and_only_once()
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
    public void Only_connections_get_a_follow_up(IntroState state)
    {
        Assert.False(IntroExpiry.FollowUpDue(Intro(state: state) with { ClosedAt = Now }, 7, Now.AddDays(30)));
    }
}
