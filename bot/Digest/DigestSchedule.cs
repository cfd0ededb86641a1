using System.Globalization;

using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Digest;

/// <summary>
/// When a team's digest goes out: every week, the day after the team's round day, at the round's hour, in the team's
/// time zone (rounds on Monday at 09:00 → digests on Tuesday at 09:00), whatever the round cadence. A week runs Monday
/// to Sunday on the team's clock.
/// </summary>
public static class DigestSchedule
{
    /// <summary>This week's slot on the team's clock, and the week's key ("2026-W50"), at <paramref name="now"/>.</summary>
    public static (DateTimeOffset Slot, string Week) ThisWeek(TeamSettings team, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(team);
        var clock = TeamClock.For(team.TimeZone);
        var today = clock.LocalDate(now);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var day = (DayOfWeek)(((int)team.Day + 1) % 7);
        var date = monday.AddDays(((int)day + 6) % 7);
        var week = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):00}");
        return (clock.ToUtc(date, team.Hour), week);
    }

    /// <summary>This week's key when its slot has come, else null.</summary>
    public static string? DueWeek(TeamSettings team, DateTimeOffset now)
    {
        var (slot, week) = ThisWeek(team, now);
        return now >= slot ? week : null;
    }
}
