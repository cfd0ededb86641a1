using System.Globalization;

using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Intros;

/// <summary>When a team's rounds run: its cadence, day and local hour in its own time zone.</summary>
public static class RoundSchedule
{
    // Longer than any cadence's gap (a month, or two weeks), so a slot is always found.
    private const int SearchDays = 70;

    /// <summary>The first slot strictly after <paramref name="after"/>, in UTC.</summary>
    public static DateTimeOffset NextSlot(TeamSettings settings, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clock = TeamClock.For(settings.TimeZone);
        var firstDay = FirstSlotDay(settings, clock);

        // Start a day early: the local date at "after" may already be past a slot that, in UTC, is still ahead.
        var start = clock.LocalDate(after).AddDays(-1);
        for (var day = 0; day <= SearchDays; day++)
        {
            var date = start.AddDays(day);
            if (!IsSlotDay(settings, date, firstDay))
            {
                continue;
            }

            var slot = clock.ToUtc(date, settings.Hour);
            if (slot > after)
            {
                return slot;
            }
        }

        throw new InvalidOperationException($"No {settings.Cadence} slot within {SearchDays} days.");
    }

    /// <summary>
    /// The slot due now: the latest one after <paramref name="after"/> that is not later than <paramref name="now"/>,
    /// or null when none is. After downtime (or a long pause of the bot) only the newest missed slot runs: one round,
    /// not one per missed week in quick succession.
    /// </summary>
    public static DateTimeOffset? DueSlot(TeamSettings settings, DateTimeOffset after, DateTimeOffset now)
    {
        var slot = NextSlot(settings, after);
        if (slot > now)
        {
            return null;
        }

        for (var next = NextSlot(settings, slot); next <= now; next = NextSlot(settings, slot))
        {
            slot = next;
        }

        return slot;
    }

    /// <summary>The round id of a slot: sortable UTC "yyyyMMddTHHmm".</summary>
    public static string SlotId(DateTimeOffset slotUtc) =>
        slotUtc.UtcDateTime.ToString("yyyyMMdd'T'HHmm", CultureInfo.InvariantCulture);

    private static bool IsSlotDay(TeamSettings settings, DateOnly date, DateOnly firstDay)
    {
        if (date.DayOfWeek != settings.Day)
        {
            return false;
        }

        return settings.Cadence switch
        {
            Cadence.Weekly => true,

            // Every 14 days from the schedule's first round, before it as after it.
            Cadence.Fortnightly => ((date.DayNumber - firstDay.DayNumber) % 14 + 14) % 14 == 0,

            // The first such weekday of the month.
            Cadence.Monthly => date.Day <= 7,
            _ => false,
        };
    }

    /// <summary>
    /// The date of the schedule's first round: the chosen weekday whose hour comes first after the schedule was saved,
    /// so a schedule saved on Sunday for Thursdays starts that Thursday. A team that never saved one keeps the
    /// fortnights it always had: the chosen weekday of its install week (weeks start on Monday).
    /// </summary>
    private static DateOnly FirstSlotDay(TeamSettings settings, TeamClock clock)
    {
        if (settings.ScheduleFrom is { } from)
        {
            // Eight days hold every weekday, the saved day's own included when its hour had passed; bounded so a
            // corrupt stored day ends in NextSlot's "no slot" rather than a loop.
            var date = clock.LocalDate(from);
            for (var day = 0; day <= 7; day++, date = date.AddDays(1))
            {
                if (date.DayOfWeek == settings.Day && clock.ToUtc(date, settings.Hour) > from)
                {
                    return date;
                }
            }
        }

        return WeekStart(InstalledDate(settings, clock)).AddDays(((int)settings.Day + 6) % 7);
    }

    private static DateOnly InstalledDate(TeamSettings settings, TeamClock clock) =>
        settings.InstalledAt.UtcDateTime.Year < 2
            ? DateOnly.FromDateTime(settings.InstalledAt.UtcDateTime)
            : clock.LocalDate(settings.InstalledAt);

    private static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
