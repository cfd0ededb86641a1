using System.Globalization;

namespace ConnectorBot.Intros.Stats;

/// <summary>
/// Every sentence and label of the stats card, ready for translation. Placeholders take numbers, dates written by
/// TeamDates on the team's clock, or text the caller has already escaped with CardText.
/// </summary>
public static class StatsStrings
{
    public const string Title = "📊 Intro stats";

    /// <summary>{0}: the team's name (escaped).</summary>
    public const string TitleFor = "📊 Intro stats for {0}";

    /// <summary>The card's notification summary (plain text).</summary>
    public const string Summary = "Intro stats";

    public const string TeamPaused = "Intros are paused for this team: no new rounds until an admin resumes them.";

    /// <summary>{0}: the date, time and time zone.</summary>
    public const string NextRound = "Next round: {0}";

    public const string MembersTitle = "Members";
    public const string OnRoster = "On the team";
    public const string Invited = "Invited (had my welcome)";
    public const string Answered = "Answered the questions";
    public const string Sharing = "Sharing in intros";
    public const string MembersPaused = "Taking a break";
    public const string RosterUnavailable = "I couldn't read the team's member list just now, so member numbers are missing. Please try again in a minute.";

    public const string RoundsTitle = "Rounds";
    public const string RoundsExplained = "Newest first. Each bar shows what became of a round's intros.";
    public const string Legend = "🟩 accepted by both · 🟥 passed · ⬜ expired or still open";

    public const string NoRounds = "No rounds yet. Once the first round has run, you'll see here how intros are going.";

    /// <summary>{0}: the date, time and time zone of the first round.</summary>
    public const string NoRoundsFirstOn = "No rounds yet — the first round is on {0}. Once it has run, you'll see here how intros are going.";

    /// <summary>{0}: whole percent.</summary>
    public const string RoundAccepted = "{0}% accepted by both";

    public const string RoundNoIntros = "No intros this round: not enough people were sharing yet.";
    public const string RoundNotPostedYet = "Intros on their way to the channel.";

    /// <summary>{0} posted, {1} connected, {2} passed, {3} expired, {4} still open, {5} met.</summary>
    public const string RoundCounts = "{0} posted · {1} accepted by both · {2} passed · {3} expired · {4} still open · {5} met";

    /// <summary>{0}: whole percent; {1}: how many rounds.</summary>
    public const string Overall = "Across the last {1} rounds, {0}% of intros were accepted by both.";

    public const string OverallOne = "In the last round, {0}% of intros were accepted by both.";

    public const string RefreshButton = "Refresh";

    public static string Format(string template, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
