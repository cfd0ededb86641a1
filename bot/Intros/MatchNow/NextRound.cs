using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Intros.MatchNow;

/// <summary>The settings card's line about when the next round runs, in the team's own time zone.</summary>
public static class NextRound
{
    public static string Describe(TeamSettings team, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (team.Paused)
        {
            return SettingsStrings.PausedNote;
        }

        if (team.IntroChannelId is null)
        {
            return SettingsStrings.NoChannelNote;
        }

        var slot = RoundSchedule.NextSlot(team, team.LastRoundAt ?? team.InstalledAt);
        if (slot <= now)
        {
            return SettingsStrings.NextRoundDue;
        }

        return SettingsStrings.NextRound(TeamDates.DayAndTime(slot, TeamClock.For(team.TimeZone)));
    }
}
