using System.Globalization;

using ConnectorBot.Intros;

namespace ConnectorBot.Teams.Settings;

/// <summary>
/// The one way a date is written for admins and members: spelled out on the team's clock, so the settings and the
/// stats say the same day in the same words. A card's DATE() would follow each viewer's locale and zone instead.
/// </summary>
public static class TeamDates
{
    /// <summary>"Monday 23 November 2026": the local date on <paramref name="clock"/>.</summary>
    public static string Day(DateTimeOffset instant, TeamClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Local(instant, clock).ToString(IntrosStrings.DayPattern, CultureInfo.InvariantCulture);
    }

    /// <summary>"Monday 23 November 2026, 09:00 (Europe/London)": the local date and time, and whose clock that is.</summary>
    public static string DayAndTime(DateTimeOffset instant, TeamClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var local = Local(instant, clock);
        return IntrosStrings.DayAndTime(
            local.ToString(IntrosStrings.DayPattern, CultureInfo.InvariantCulture),
            local.ToString("HH:mm", CultureInfo.InvariantCulture),
            clock.Zone.Id);
    }

    private static DateTimeOffset Local(DateTimeOffset instant, TeamClock clock) => TimeZoneInfo.ConvertTime(instant, clock.Zone);
}
