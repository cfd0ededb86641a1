using ConnectorBot.Intros;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Tests.Intros;

public sealed class RoundScheduleTests
{
    [Fact]
    public void Weekly_IsTheNextDayAtTheHour_StrictlyAfter()
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
    public void Weekly_InLondon_KeepsTheLocalHourAcrossTheSpringChange()
    {
        var settings = Team(Cadence.Weekly, DayOfWeek.Monday, 9, "Europe/London");

        Assert.Equal(Utc("2026-03-23T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-20T00:00")));
        Assert.Equal(Utc("2026-03-30T08:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-23T09:00")));
    }

    [Fact]
    public void Weekly_InLondon_KeepsTheLocalHourAcrossTheAutumnChange()
    {
        var settings = Team(Cadence.Weekly, DayOfWeek.Monday, 9, "Europe/London");

        Assert.Equal(Utc("2026-10-19T08:00"), RoundSchedule.NextSlot(settings, Utc("2026-10-18T00:00")));
        Assert.Equal(Utc("2026-10-26T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-10-19T08:00")));
    }

    [Fact]
    public void AnHourSkippedByDst_MovesForwardToTheNextHourThatExists()
    {
        // 01:00 on 29 March 2026 does not exist in London: clocks go from 01:00 GMT to 02:00 BST.
        var settings = Team(Cadence.Weekly, DayOfWeek.Sunday, 1, "Europe/London");

        Assert.Equal(Utc("2026-03-29T01:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-28T00:00")));
    }

    [Fact]
    public void AnHourThatHappensTwice_MeansTheFirst()
    {
        // 01:00 on 25 October 2026 happens twice in London: at 00:00 UTC (BST) and 01:00 UTC (GMT).
        var settings = Team(Cadence.Weekly, DayOfWeek.Sunday, 1, "Europe/London");

        Assert.Equal(Utc("2026-10-25T00:00"), RoundSchedule.NextSlot(settings, Utc("2026-10-24T00:00")));
    }

    [Fact]
    public void Weekly_InNewYork_FollowsItsOwnDstDate()
    {
        var settings = Team(Cadence.Weekly, DayOfWeek.Wednesday, 17, "America/New_York");

        Assert.Equal(Utc("2026-03-04T22:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-02T00:00")));
        Assert.Equal(Utc("2026-03-11T21:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-04T22:00")));
    }

    [Fact]
    public void Weekly_InKolkata_UsesTheHalfHourOffset()
    {
        var settings = Team(Cadence.Weekly, DayOfWeek.Monday, 9, "Asia/Kolkata");

        Assert.Equal(Utc("2026-03-02T03:30"), RoundSchedule.NextSlot(settings, Utc("2026-03-01T22:00")));
        Assert.Equal(Utc("2026-03-09T03:30"), RoundSchedule.NextSlot(settings, Utc("2026-03-02T03:30")));
    }

    [Fact]
    public void ASlotWhoseLocalDayIsAheadOfUtc_IsNotSkipped()
    {
        // Monday 02:00 in Kolkata is Sunday 20:30 UTC.
        var settings = Team(Cadence.Weekly, DayOfWeek.Monday, 2, "Asia/Kolkata");

        Assert.Equal(Utc("2026-03-01T20:30"), RoundSchedule.NextSlot(settings, Utc("2026-03-01T20:00")));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    [InlineData("not a zone/../")]
    public void AnUnknownZone_MeansUtc(string zone)
    {
        var settings = Team(Cadence.Weekly, DayOfWeek.Monday, 9, zone);

        Assert.Equal(Utc("2026-03-09T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-02T09:00")));
    }

    [Fact]
    public void Fortnightly_SavedOnASunday_StartsOnTheNextChosenWeekday_ThenEveryFourteenDays()
    {
        // Saved on Sunday 8 March; the install week's fortnights (from 5 January) would have made it Thursday 19 March.
        var saved = Utc("2026-03-08T10:00");
        var settings = Team(Cadence.Fortnightly, DayOfWeek.Thursday, 9, "UTC") with { ScheduleFrom = saved };

        Assert.Equal(Utc("2026-03-12T09:00"), RoundSchedule.NextSlot(settings, saved));
        Assert.Equal(Utc("2026-03-26T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-12T09:00")));
        Assert.Equal(Utc("2026-04-09T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-27T00:00")));
    }

    [Fact]
    public void Fortnightly_SavedOnTheChosenDay_StartsThatDayUnlessItsHourHasPassed()
    {
        var before = Team(Cadence.Fortnightly, DayOfWeek.Thursday, 9, "UTC") with { ScheduleFrom = Utc("2026-03-12T08:00") };
        var after = before with { ScheduleFrom = Utc("2026-03-12T10:00") };

        Assert.Equal(Utc("2026-03-12T09:00"), RoundSchedule.NextSlot(before, Utc("2026-03-12T08:00")));
        Assert.Equal(Utc("2026-03-19T09:00"), RoundSchedule.NextSlot(after, Utc("2026-03-12T10:00")));
        Assert.Equal(Utc("2026-04-02T09:00"), RoundSchedule.NextSlot(after, Utc("2026-03-19T09:00")));
    }

    [Fact]
    public void Fortnightly_StartsOnTheChosenWeekdayOfTheTeamClock()
    {
        // Saved at 20:00 UTC on Sunday 8 March, already Monday 01:30 in Kolkata: Monday 9 March 09:00 there is the first.
        var settings = Team(Cadence.Fortnightly, DayOfWeek.Monday, 9, "Asia/Kolkata") with { ScheduleFrom = Utc("2026-03-08T20:00") };

        Assert.Equal(Utc("2026-03-09T03:30"), RoundSchedule.NextSlot(settings, Utc("2026-03-08T20:00")));
        Assert.Equal(Utc("2026-03-23T03:30"), RoundSchedule.NextSlot(settings, Utc("2026-03-09T03:30")));
    }

    [Fact]
    public void Fortnightly_WithACorruptStoredDay_EndsInNoSlotRatherThanSearchingForever()
    {
        var settings = Team(Cadence.Fortnightly, (DayOfWeek)9, 9, "UTC") with { ScheduleFrom = Utc("2026-03-08T10:00") };

        Assert.Throws<InvalidOperationException>(() => RoundSchedule.NextSlot(settings, Utc("2026-03-08T10:00")));
    }

    [Fact]
    public void Fortnightly_WithoutAScheduleStart_CountsEvenWeeksFromTheInstallWeek()
    {
        // Teams that never saved a schedule. Installed on Wednesday 4 March: its week (from Monday 2 March) is week 0.
        var settings = Team(Cadence.Fortnightly, DayOfWeek.Monday, 9, "UTC") with { InstalledAt = Utc("2026-03-04T15:00") };

        Assert.Equal(Utc("2026-03-16T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-04T15:00")));
        Assert.Equal(Utc("2026-03-30T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-16T09:00")));
        Assert.Equal(Utc("2026-03-30T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-23T10:00")));
    }

    [Fact]
    public void Fortnightly_InstalledBeforeTheDay_RunsThatSameWeek()
    {
        var settings = Team(Cadence.Fortnightly, DayOfWeek.Friday, 9, "UTC") with { InstalledAt = Utc("2026-03-03T10:00") };

        Assert.Equal(Utc("2026-03-06T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-03T10:00")));
        Assert.Equal(Utc("2026-03-20T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-06T09:00")));
    }

    [Fact]
    public void Monthly_IsTheFirstSuchWeekdayOfEachMonth()
    {
        var settings = Team(Cadence.Monthly, DayOfWeek.Monday, 9, "UTC");

        Assert.Equal(Utc("2026-03-02T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-01T00:00")));
        Assert.Equal(Utc("2026-04-06T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-02T09:00")));
        Assert.Equal(Utc("2026-05-04T09:00"), RoundSchedule.NextSlot(settings, Utc("2026-04-06T09:00")));
    }

    [Fact]
    public void Monthly_InLondon_UsesTheLocalHourOfThatMonth()
    {
        var settings = Team(Cadence.Monthly, DayOfWeek.Monday, 9, "Europe/London");

        Assert.Equal(Utc("2026-04-06T08:00"), RoundSchedule.NextSlot(settings, Utc("2026-03-02T09:00")));
    }

    [Fact]
    public void SlotId_IsSortableUtcMinutes()
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
