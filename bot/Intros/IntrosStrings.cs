namespace ConnectorBot.Intros;

/// <summary>
/// Every sentence and label of intros, in one place, ready for translation. Methods take text the caller has
/// already escaped (CardText on cards, MarkdownText in messages), except where a comment says plain text.
/// </summary>
public static partial class IntrosStrings
{
    public const string Kicker = "Suggested introduction";

    /// <summary>How every date is written for admins and members (.NET pattern, invariant culture): "Monday 23 November 2026".</summary>
    public const string DayPattern = "dddd d MMMM yyyy";

    /// <summary><paramref name="date"/>: written with <see cref="DayPattern"/>; <paramref name="time"/>: "09:00".</summary>
    public static string DayAndTime(string date, string time, string timeZoneId) => $"{date}, {time} ({timeZoneId})";

    /// <summary>A member whose display name is unknown: never their id.</summary>
    public const string SomeColleague = "a colleague";

    /// <summary>Between the mentioned names in the card title ("A ↔ B").</summary>
    public const string TitleSeparator = " ↔ ";

    public const string HopingTo = "Hoping to";
    public const string LookingFor = "Looking for";
    public const string ReasonTitle = "Why I suggested this";

    public const string OpenPromptPair = "Would you like to meet? I'll connect you as soon as you've both said yes.";
    public const string OpenPromptGroup = "Would you like to meet? I'll connect you as soon as you've all said yes.";

    /// <summary>Joined names: who accepted, and who hasn't answered yet.</summary>
    public static string AcceptedWaiting(string acceptedNames, string waitingNames) => $"{acceptedNames} accepted — waiting for {waitingNames}";

    public const string Connected = "Connected ✅";
    public const string ConnectedDetail = "I've sent each of you a message to get started.";

    // Never says who passed: the card is public.
    public const string Closed = "This intro is closed. Timing isn't always right, and that's fine: there'll be new suggestions next round.";
    public const string Expired = "This intro has closed. There'll be new suggestions next round.";

    // Never says who asked: the card is public, and the other person named did nothing.
    public const string WithdrawnTitle = "This intro was withdrawn";
    public const string WithdrawnDetail = "Someone named in it asked ConnectorBot to forget them, so their name and answers were removed. There'll be new suggestions next round.";

    /// <summary>A button on a withdrawn intro's card, or on its "did you meet?" card, clicked before the card changed.</summary>
    public const string WithdrawnAnswer = "This intro was withdrawn, so there's nothing to answer. There'll be new suggestions next round.";

    public const string UnknownIntro = "I can't find this intro any more. It may have been removed.";
    public const string AlreadyAnswered = "You've already answered this intro. Thanks!";

    public const string AlreadyConnected = "You're already connected: you both accepted, and I've sent each of you a message to get started.";

    public const string AcceptButton = "Accept";
    public const string PassButton = "Not now";

    /// <summary><paramref name="names"/>: the named members (plain text: an invoke message is not markdown).</summary>
    public static string NotForYou(string names) => $"This intro is for {names}.";

    /// <summary><paramref name="unreachableName"/>: the member the 1:1 failed for; <paramref name="waitingNames"/>: who is waiting on them.</summary>
    public static string HandoffFailedNote(string unreachableName, string waitingNames) =>
        $"I couldn't message {unreachableName} directly: {unreachableName}, {waitingNames} is waiting to hear from you here.";

    public static string FollowUpQuestion(string otherNames) => $"Did you meet {otherNames}?";
    public const string FollowUpExplained = "A week ago I introduced you. Your answer helps me make better introductions, and only I see it.";
    public const string FollowUpHelped = "Yes, it helped";
    public const string FollowUpMet = "Yes";
    public const string FollowUpNotYet = "Not yet";
    public const string FollowUpNo = "No";

    public const string ThanksHelped = "Wonderful, thanks for telling me! 🎉";
    public const string ThanksMet = "Great, thanks for letting me know.";
    public const string ThanksNotYet = "No rush: I hope you find a moment soon.";
    public const string ThanksNo = "Thanks for telling me. I'll keep looking for good introductions for you.";

    // The 1:1 message once everyone accepted. Markdown.
    public static string HandoffTitle(string otherNames) => $"🎉 **You're connected with {otherNames}!** You both said yes to the intro in your team's channel.";
    public static string HandoffTitleGroup(string otherNames) => $"🎉 **You're connected with {otherNames}!** You all said yes to the intro in your team's channel.";

    public static string HandoffAbout(string otherName) => $"**About {otherName}**";
    public static string HandoffHopingTo(string quotedAnswer) => $"Hoping to {quotedAnswer}";
    public static string HandoffLookingFor(string quotedAnswer) => $"Looking for {quotedAnswer}";
    public static string HandoffCanHelp(string quotedAnswer) => $"Can help with {quotedAnswer}";
    public static string HandoffReason(string reason) => $"**Why I introduced you:** {reason}";

    public static string HandoffLinks(string otherName, string chatLink, string meetingLink) =>
        $"[Start a chat with {otherName}]({chatLink}) · [Set up a meeting]({meetingLink})";
    public static string HandoffNoLinks(string otherName) => $"To say hello, find **{otherName}** in Teams by searching for their name.";

    /// <summary>Prefilled in the chat composer; <paramref name="otherName"/> in plain text (the caller URL-encodes the result).</summary>
    public static string ChatOpener(string otherName) => $"Hi {otherName}! ConnectorBot introduced us. When would suit you for a quick chat?";

    /// <summary>The meeting subject; both names in plain text.</summary>
    public static string MeetingSubject(string myName, string otherName) => $"Intro: {myName} & {otherName}";

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        0 => string.Empty,
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };

    public static string FollowUpButton(MeetingOutcome outcome) => outcome switch
    {
        MeetingOutcome.Helped => FollowUpHelped,
        MeetingOutcome.Met => FollowUpMet,
        MeetingOutcome.NotYet => FollowUpNotYet,
        _ => FollowUpNo,
    };

    public static string Thanks(MeetingOutcome outcome) => outcome switch
    {
        MeetingOutcome.Helped => ThanksHelped,
        MeetingOutcome.Met => ThanksMet,
        MeetingOutcome.NotYet => ThanksNotYet,
        _ => ThanksNo,
    };
}
