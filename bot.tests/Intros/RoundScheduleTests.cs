using ConnectorBot.Intros;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Tests.Intros;

public sealed class RoundScheduleTests
{
    [Fact]
    public void Weekly_is_the_next_day_at_the_hour_strictly_after()
    {
        var settings = Team(Cadence.Weekly, DayOfWeek.Monday, 9, "UTC");

        Assert.Equal(Utc("2026-03-02T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-02T08:59")));
        Assert.Equal(Utc("2026-03-09T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-02T09:00")));
        Assert.Equal(Utc("2026-03-09T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-04T12:00")));
    }

    [Fact]
    public void After_downtime_only_the_newest_missed_slot_is_due()
    {
        var settings = Team(Cadence.Weekly, DayOfWeek.Monday, 9, "UTC");

        Assert.Null(RoundSchedule.DueSlot(settings, Utc("2026-03-02T09:00"), Utc("2026-03-09T08:59")));
        Assert.Equal(Utc("2026-03-09T09:00"), RoundSchedule.DueSlot(settings, Utc("2026-03-02T09:00"), Utc("2026-03-09T09:00")));
        Assert.Equal(Utc("2026-03-23T09:00"), RoundSchedule.DueSlot(settings, Utc("2026-03-02T09:00"), Utc("2026-03-25T12:00")));
        Assert.Equal(Utc("2028-03-20T09:00"), RoundSchedule.DueSlot(settings, Utc("2026-03-02T09:00"), Utc("2028-03-21T00:00")));
    }

    [Fact]
    public void Weekly_in_london_keeps_the_local_hour_across_the_spring_change()
    {
        var settings = Team(Cadence.Weekly, DayOfWeek.Monday, 9, "Europe/London");

        Assert.Equal(Utc("2026-03-23T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-20T00:00")));
        Assert.Equal(Utc("2026-03-30T08:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-23T09:00")));
    }

    [Fact]
    public void Weekly_in_london_keeps_the_local_hour_across_the_autumn_change()
    {
        var settings = Team(Cadence.Weekly, DayOfWeek.Monday, 9, "Europe/London");

        Assert.Equal(Utc("2026-10-19T08:00"), RoundSchedule.NextSlot(settings, Utc("2026-10-18T00:00")));
        Assert.Equal(Utc("2026-10-26T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-10-19T08:00")));
    }

    [Fact]
    public void An_hour_skipped_by_dst_moves_forward_to_the_next_hour_that_exists()
    {
        // 01:00 on 29 March 2026 does not exist in London: clocks go from 01:00 GMT to 02:00 BST.
        var settings = Team(Cadence.Weekly, DayOfWeek.Sunday, 1, "Europe/London");

        Assert.Equal(Utc("2026-03-29T01:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-28T00:00")));
    }

    [Fact]
    public void An_hour_that_happens_twice_means_the_first()
    {
        // 01:00 on 25 October 2026 happens twice in London: at 00:00 UTC (BST) and 01:00 UTC (GMT).
        var settings = Team(Cadence.Weekly, DayOfWeek.Sunday, 1, "Europe/London");

        Assert.Equal(Utc("2026-10-25T00:00"), RoundSchedule.NextSlot(settings, Utc("2026-10-24T00:00")));
    }

    [Fact]
    public void Weekly_in_new_york_follows_its_own_dst_date()
    {
        var settings = Team(Cadence.Weekly, DayOfWeek.Wednesday, 17, "America/New_York");

        Assert.Equal(Utc("2026-03-04T22:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-02T00:00")));
        Assert.Equal(Utc("2026-03-11T21:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-04T22:00")));
    }

    [Fact]
    public void Weekly_in_kolkata_uses_the_half_hour_offset()
    {
        var settings = Team(Cadence.Weekly, DayOfWeek.Monday, 9, "Asia/Kolkata");

        Assert.Equal(Utc("2026-03-02T03:30"), RoundSchedule.NextSlot(settings, Utc("2026-03-01T22:00")));
        Assert.Equal(Utc("2026-03-09T03:30"), RoundSchedule.NextSlot(settings, Utc("2026-03-02T03:30")));
    }

    [Fact]
    public void A_slot_whose_local_day_is_ahead_of_utc_is_not_skipped()
    {
        // Monday 02:00 in Kolkata is Sunday 20:30 UTC.
        var settings = Team(Cadence.Weekly, DayOfWeek.Monday, 2, "Asia/Kolkata");

        Assert.Equal(Utc("2026-03-01T20:30"), RoundSchedule.NextSlot(settings, Utc("2026-03-01T20:00")));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    [InlineData("not a zone/../")]
    public void An_unknown_zone_means_utc(string zone)
    {
        var settings = Team(Cadence.Weekly, DayOfWeek.Monday, 9, zone);

        Assert.Equal(Utc("2026-03-09T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-02T09:00")));
    }

    [Fact]
    public void Fortnightly_saved_on_a_sunday_starts_on_the_next_chosen_weekday_then_every_fourteen_days()
    {
        // Saved on Sunday 8 March; the install week's fortnights (from 5 January) would have made it Thursday 19 March.
        var saved = Utc("2026-03-08T10:00");
        var settings = Team(Cadence.Fortnightly, DayOfWeek.Thursday, 9, "UTC") with { ScheduleFrom = saved };

        Assert.Equal(Utc("2026-03-12T09:00"), RoundSchedule.NextSlot(settings, saved));
        Assert.Equal(Utc("2026-03-26T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-12T09:00")));
        Assert.Equal(Utc("2026-04-09T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-27T00:00")));
    }

    [Fact]
    public void Fortnightly_saved_on_the_chosen_day_starts_that_day_unless_its_hour_has_passed()
    {
        var before = Team(Cadence.Fortnightly, DayOfWeek.Thursday, 9, "UTC") with { ScheduleFrom = Utc("2026-03-12T08:00") };
        var after = before with { ScheduleFrom = Utc("2026-03-12T10:00") };

        Assert.Equal(Utc("2026-03-12T09:00"), RoundSchedule.NextSlot(before, Utc("2026-03-12T08:00")));
        Assert.Equal(Utc("2026-03-19T09:00"), RoundSchedule.NextSlot(after, Utc("2026-03-12T10:00")));
        Assert.Equal(Utc("2026-04-02T09:00"), RoundSchedule.NextSlot(after, Utc("2026-03-19T09:00")));
    }

    [Fact]
    public void Fortnightly_starts_on_the_chosen_weekday_of_the_team_clock()
    {
        // Saved at 20:00 UTC on Sunday 8 March, already Monday 01:30 in Kolkata: Monday 9 March 09:00 there is the first.
        var settings = Team(Cadence.Fortnightly, DayOfWeek.Monday, 9, "Asia/Kolkata") with { ScheduleFrom = Utc("2026-03-08T20:00") };

        Assert.Equal(Utc("2026-03-09T03:30"), RoundSchedule.NextSlot(settings, Utc("2026-03-08T20:00")));
        Assert.Equal(Utc("2026-03-23T03:30"), RoundSchedule.NextSlot(settings, Utc("2026-03-09T03:30")));
    }

    [Fact]
    public void Fortnightly_with_a_corrupt_stored_day_ends_in_no_slot_rather_than_searching_forever()
    {
        var settings = Team(Cadence.Fortnightly, (DayOfWeek)9, 9, "UTC") with { ScheduleFrom = Utc("2026-03-08T10:00") };

        Assert.Throws<InvalidOperationException>(() => RoundSchedule.NextSlot(settings, Utc("2026-03-08T10:00")));
    }

    [Fact]
    public void Fortnightly_without_a_schedule_start_counts_even_weeks_from_the_install_week()
    {
        // Teams that never saved a schedule. Installed on Wednesday 4 March: its week (from Monday 2 March) is week 0.
        var settings = Team(Cadence.Fortnightly, DayOfWeek.Monday, 9, "UTC") with { InstalledAt = Utc("2026-03-04T15:00") };

        Assert.Equal(Utc("2026-03-16T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-04T15:00")));
        Assert.Equal(Utc("2026-03-30T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-16T09:00")));
        Assert.Equal(Utc("2026-03-30T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-23T10:00")));
    }

    [Fact]
    public void Fortnightly_installed_before_the_day_runs_that_same_week()
    {
        var settings = Team(Cadence.Fortnightly, DayOfWeek.Friday, 9, "UTC") with { InstalledAt = Utc("2026-03-03T10:00") };

        Assert.Equal(Utc("2026-03-06T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-03T10:00")));
        Assert.Equal(Utc("2026-03-20T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-06T09:00")));
    }

    [Fact]
    public void Monthly_is_the_first_such_weekday_of_each_month()
    {
        var settings = Team(Cadence.Monthly, DayOfWeek.Monday, 9, "UTC");

        Assert.Equal(Utc("2026-03-02T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-01T00:00")));
        Assert.Equal(Utc("2026-04-06T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-02T09:00")));
        Assert.Equal(Utc("2026-05-04T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-04-06T09:00")));
    }

    [Fact]
    public void Monthly_in_london_uses_the_local_hour_of_that_month()
    {
        var settings = Team(Cadence.Monthly, DayOfWeek.Monday, 9, "Europe/London");

        Assert.Equal(Utc("2026-04-06T08:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-02T09:00")));
    }

    [Fact]
    public void Slot_id_is_sortable_utc_minutes()
    {
        Assert.Equal("20260302T0900", RoundSchedule.SlotId(Utc("2026-03-02T09:00")));
        Assert.Equal("20260301T2030", RoundSchedule.SlotId(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.FromHours(5.5))));
    }

    private static TeamSettings Team(Cadence cadence, DayOfWeek day, int hour, string zone) => new()
    {
        TenantId = "tenant",
        TeamId = "19:team@thread.tacv2",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        Cadence = cadence,
        Day = day,
        Hour = hour,
        TimeZone = zone,
        InstalledAt = Utc("2026-01-05T12:00"),
    };

    private static DateTimeOffset Utc(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
}
