using ConnectorBot.Digest;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Tests.Digest;

public sealed class DigestScheduleTests
{
    private static readonly TeamSettings Team = new() { TenantId = "t", TeamId = "19:t", ServiceUrl = "https://example.test/" };

    [Fact]
    public void Rounds_on_monday_at_nine_give_digests_on_tuesday_at_nine_every_week()
    {
        // Wednesday 2 December 2026: that week's Tuesday slot has passed.
        var (slot, week) = DigestSchedule.ThisWeek(Team, new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), slot);
        Assert.Equal("2026-W49", week);
    }

    [Fact]
    public void The_digest_is_not_due_before_its_slot_and_is_due_from_it_to_the_end_of_the_week()
    {
        Assert.Null(DigestSchedule.DueWeek(Team, new DateTimeOffset(2026, 12, 1, 8, 59, 0, TimeSpan.Zero)));
        Assert.Equal("2026-W49", DigestSchedule.DueWeek(Team, new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)));
        Assert.Equal("2026-W49", DigestSchedule.DueWeek(Team, new DateTimeOffset(2026, 12, 6, 23, 0, 0, TimeSpan.Zero)));
        Assert.Null(DigestSchedule.DueWeek(Team, new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Rounds_on_sunday_give_digests_on_monday_in_the_teams_own_time_zone()
    {
        var team = Team with { Day = DayOfWeek.Sunday, Hour = 8, TimeZone = "America/New_York" };

        var (slot, week) = DigestSchedule.ThisWeek(team, new DateTimeOffset(2026, 12, 9, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 12, 7, 13, 0, 0, TimeSpan.Zero), slot);
        Assert.Equal("2026-W50", week);
    }
}
