using System.Globalization;

using ConnectorBot.Matching;

namespace ConnectorBot.Teams.Settings;

/// <summary>
/// Every sentence and label of the settings and match-now cards, ready for translation. Methods take numbers, or text
/// the caller has already escaped.
/// </summary>
public static class SettingsStrings
{
    public const string Title = "⚙️ ConnectorBot settings";

    /// <summary>The card everyone in the channel sees.</summary>
    public static string OpenedBy(string openerName) => $"{openerName} opened the settings. Only this team's ConnectorBot admins can see and change them.";
    public const string OpenButton = "Open settings";

    public const string ChannelLabel = "Post intros in";
    public const string GeneralChannel = "General";
    public const string CadenceLabel = "How often";
    public const string DayLabel = "On";
    public const string HourLabel = "At (local time)";
    public const string TimeZoneLabel = "Time zone (IANA, e.g. Europe/London)";
    public const string TimeZonePlaceholder = "Europe/London";
    public const string PerMemberLabel = "Intros per member each round (1–3)";
    public const string ChannelIntrosLabel = "Most intro cards per round in the channel (1–500); the rest go privately to the two people";
    public const string CooldownLabel = "Days before the same two people can be introduced again (0–365)";
    public const string OddLabel = "When one person is left over";
    public const string OddTrio = "Make one intro a trio";
    public const string OddFirstInLine = "They go first in line next round";
    public const string PausedToggle = "Pause intros for this team";
    public const string DigestToggle = "Send members a weekly digest of colleagues' needs they could help with";

    public const string SaveButton = "Save";
    public const string MatchNowButton = "Match now…";
    public const string InviteButton = "Invite everyone";
    public const string StatsButton = "Stats";
    public const string AdminsButton = "Admins";

    /// <summary><paramref name="dayAndTime"/>: the next round's local date, time and time zone (TeamDates).</summary>
    public static string NextRound(string dayAndTime) => $"Next round: **{dayAndTime}**.";
    public const string NextRoundDue = "Next round: **due now**: it starts within a minute or two.";
    public const string PausedNote = "Intros are **paused**: no rounds run until you switch the pause off.";
    public const string NoChannelNote = "Pick a channel for intros: no rounds run until there is one.";
    public const string Saved = "✅ Saved.";
    public const string NotSaved = "Nothing was saved yet. Please fix what's marked ⚠️ below and press Save again.";

    /// <summary>Under a field: what is wrong with it.</summary>
    public static string FieldProblem(string problem) => $"⚠️ {problem}";

    /// <summary><paramref name="typed"/>: what the admin typed in a number field (escaped); <paramref name="whatItTakes"/>: what the field takes.</summary>
    public static string NotANumber(string typed, string whatItTakes) => $"\"{typed}\" isn't a number. {whatItTakes}";
    public const string ChannelsUnavailable = "I couldn't fetch this team's channel list just now, so the current channel is the only choice. Try again in a minute to pick another.";

    public const string BadChannel = "Pick one of this team's channels for intros.";
    public const string BadCadence = "Choose weekly, every two weeks or monthly.";
    public const string BadDay = "Choose a day of the week.";
    public const string BadHour = "Choose an hour between 00:00 and 23:00.";

    public const string TimeZoneRequired = "Type the team's time zone: an IANA name such as Europe/London.";

    /// <summary><paramref name="typed"/>: what the admin typed (escaped).</summary>
    public static string BadTimeZone(string typed) => $"I don't know the time zone \"{typed}\". Use an IANA name such as Europe/London, America/New_York or Asia/Kolkata.";
    public const string BadPerMember = "Intros per member must be a whole number from 1 to 3.";
    public const string BadChannelIntros = "The most intro cards per round in the channel must be a whole number from 1 to 500.";
    public const string BadCooldown = "The repeat cooldown must be a whole number of days from 0 to 365.";
    public const string BadOdd = "Choose what happens when one person is left over.";

    public const string PreviewTitle = "Match now: preview";

    /// <summary><paramref name="intros"/>: written by <see cref="Intros"/>.</summary>
    public static string PreviewSummary(string intros, string channelName) => $"Only you can see this. Posting now would suggest **{intros}** in **{channelName}**:";
    /// <summary><paramref name="intros"/>: written by <see cref="Intros"/>; <paramref name="privately"/>: how many go 1:1 instead.</summary>
    public static string PreviewSummaryOverCap(string intros, int inChannel, string channelName, int privately) =>
        string.Create(CultureInfo.InvariantCulture, $"Only you can see this. Posting now would suggest **{intros}**: the best {inChannel} in **{channelName}**, the other {privately} privately to the two people named (your channel limit).");

    public const string PreviewDropHint = "Switch off any intro you'd rather not make: only the ones left on are posted. The people of an intro you switch off aren't matched with anyone else this round; they can be matched next round.";

    /// <summary>A big round's preview lists only its best <paramref name="listed"/> intros (the hint instead of <see cref="PreviewDropHint"/>).</summary>
    public static string PreviewDropHintListed(int listed) => string.Create(
        CultureInfo.InvariantCulture,
        $"Only the best {listed} are listed here. Switch off any of them you'd rather not make: the rest are made as planned. The people of an intro you switch off aren't matched with anyone else this round; they can be matched next round.");

    /// <summary>After a big round's list: <paramref name="more"/> intros not listed, which Post makes as planned.</summary>
    public static string PreviewMore(int more) => more == 1
        ? "…and 1 more intro, not listed here: posting makes it as planned."
        : string.Create(CultureInfo.InvariantCulture, $"…and {more} more intros, not listed here: posting makes them as planned.");

    public const string KeepToggle = "Make this intro";
    public const string PreviewNobody = "Only you can see this. There's nobody to introduce right now.";

    /// <summary><paramref name="eligible"/>: members who answered and agreed to share, who are not paused.</summary>
    public static string PreviewEligible(int eligible) => string.Create(CultureInfo.InvariantCulture, $"{eligible} on the team roster have answered and agreed to be introduced.");
    public const string PreviewInviteHint = "Invite everyone from the settings card to get more people answering.";

    /// <summary><paramref name="names"/>: the people first in line next round (escaped, joined).</summary>
    public static string PreviewFirstInLine(string names) => $"Left over this time, first in line next round: {names}.";

    /// <summary><paramref name="names"/>: the first of them (escaped, joined); <paramref name="others"/>: how many more there are.</summary>
    public static string PreviewFirstInLineAndOthers(string names, int others) => others == 1
        ? $"Left over this time, first in line next round: {names} and 1 other."
        : string.Create(CultureInfo.InvariantCulture, $"Left over this time, first in line next round: {names} and {others} others.");

    public const string PreviewPausedNote = "Intros are paused for this team; posting now still runs this one round.";
    public const string PreviewNoChannel = "Pick an intro channel and save before matching.";
    public const string ScoreLabel = "match";
    public const string PostButton = "Post these intros";
    public const string BackButton = "Back to settings";

    /// <summary><paramref name="intros"/>: written by <see cref="Intros"/>.</summary>
    public static string Posted(string intros, string channelName) => $"✅ Posted {intros} in **{channelName}**. Members accept or pass on each card there.";
    /// <summary>When some went 1:1 because of the channel limit; <paramref name="inChannel"/>: written by <see cref="Intros"/>.</summary>
    public static string PostedSplit(string inChannel, string channelName, int privately) =>
        string.Create(CultureInfo.InvariantCulture, $"✅ {inChannel} posted in **{channelName}**, {privately} sent privately to the people named. Each person accepts or passes on their card.");

    /// <summary>Added to the post's answer when the admin switched intros off in the preview.</summary>
    public static string DroppedNote(int dropped) => dropped == 1
        ? "You left 1 intro out: it wasn't made."
        : string.Create(CultureInfo.InvariantCulture, $"You left {dropped} intros out: they weren't made.");

    public const string NothingKept = "Every intro was switched off, so nothing was posted. Switch on the ones to make and press Post again.";
    public const string AlreadyPosted = "These intros were already posted. Open the settings again for a fresh preview.";
    public const string StillPosting = "⏳ This is a big round: I'm still matching it. Its intros will appear in the channel and in people's chats as soon as it's done; there's nothing more to press.";

    public const string PostFailed = "I couldn't run the round just now. Nothing was posted twice; please try again in a minute.";
    public const string PreviewFailed = "I couldn't read the team roster just now, so there's no preview. Please try again in a minute.";
    public const string PreviewComing = "⏳ This is a big team, so the preview takes a little while. I'll send it to you in our private chat as soon as it's ready; nothing is posted until you press Post there.";
    public const string PreviewBroke = "Something went wrong preparing the preview, and nothing was posted. Please press Match now again in a minute.";

    /// <summary>Post pressed while an earlier press's round still runs (its lease held): <paramref name="minutes"/> is how long that lease lasts.</summary>
    public static string BeingPosted(int minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"⏳ This round is already under way from an earlier press: its intros will appear in the channel and in people's chats as soon as it's done. If none have appeared in {minutes} minutes, press Post again.");

    public static string Intros(int count) => count == 1 ? "1 intro" : string.Create(CultureInfo.InvariantCulture, $"{count} intros");

    public static string CadenceName(Cadence cadence) => cadence switch
    {
        Cadence.Weekly => "Every week",
        Cadence.Fortnightly => "Every two weeks",
        Cadence.Monthly => "Monthly (first week)",
        _ => cadence.ToString(),
    };

    public static string DayName(DayOfWeek day) => CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(day);

    public static string HourName(int hour) => string.Create(CultureInfo.InvariantCulture, $"{hour:00}:00");

    public static string OddName(OddHeadcountPolicy policy) => policy == OddHeadcountPolicy.Trio ? OddTrio : OddFirstInLine;
}
