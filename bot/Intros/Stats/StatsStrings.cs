using System.Globalization;

namespace ConnectorBot.Intros.Stats;

/// <summary>
/// Every sentence and label of the stats card, ready for translation. Methods take numbers, dates written by
/// TeamDates on the team's clock, or text the caller has already escaped with CardText.
/// </summary>
public static class StatsStrings
{
    public const string Title = "📊 Intro stats";

    public static string TitleFor(string teamName) => $"📊 Intro stats for {teamName}";

    /// <summary>The card's notification summary (plain text).</summary>
    public const string Summary = "Intro stats";

    public const string TeamPaused = "Intros are paused for this team: no new rounds until an admin resumes them.";

    /// <summary><paramref name="dayAndTime"/>: the date, time and time zone.</summary>
    public static string NextRound(string dayAndTime) => $"Next round: {dayAndTime}";

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

    /// <summary><paramref name="dayAndTime"/>: the date, time and time zone of the first round.</summary>
    public static string NoRoundsFirstOn(string dayAndTime) => $"No rounds yet — the first round is on {dayAndTime}. Once it has run, you'll see here how intros are going.";

    public static string RoundAccepted(int percent) => string.Create(CultureInfo.InvariantCulture, $"{percent}% accepted by both");

    public const string RoundNoIntros = "No intros this round: not enough people were sharing yet.";
    public const string RoundNotPostedYet = "Intros on their way to the channel.";

    public static string RoundCounts(int posted, int connected, int passed, int expired, int open, int met) =>
        $"{Number(posted)} posted · {Number(connected)} accepted by both · {Number(passed)} passed · {Number(expired)} expired · {Number(open)} still open · {Number(met)} met";

    /// <summary>Under a round's counts when some of its intros went 1:1 because of the channel limit.</summary>
    public static string RoundSentPrivately(int inChannel, int privately) =>
        string.Create(CultureInfo.InvariantCulture, $"{inChannel} posted in the channel, {privately} sent privately to the people named (the channel limit).");

    public static string Overall(int percent, int rounds) =>
        string.Create(CultureInfo.InvariantCulture, $"Across the last {rounds} rounds, {percent}% of intros were accepted by both.");

    public static string OverallOne(int percent) => string.Create(CultureInfo.InvariantCulture, $"In the last round, {percent}% of intros were accepted by both.");

    public const string RefreshButton = "Refresh";

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
