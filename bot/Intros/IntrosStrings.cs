using System.Globalization;

namespace ConnectorBot.Intros;

/// <summary>
/// Every sentence and label of intros, in one place, ready for translation. Placeholders take text the caller has
/// already escaped (CardText on cards, MarkdownText in messages), except where a comment says plain text.
/// </summary>
public static class IntrosStrings
{
    public const string Kicker = "Suggested introduction";

    /// <summary>How every date is written for admins and members (.NET pattern, invariant culture): "Monday 23 November 2026".</summary>
    public const string DayPattern = "dddd d MMMM yyyy";

    /// <summary>{0}: the date (<see cref="DayPattern"/>); {1}: the time, "09:00"; {2}: the time zone id.</summary>
    public const string DayAndTime = "{0}, {1} ({2})";

    /// <summary>A member whose display name is unknown: never their id.</summary>
    public const string SomeColleague = "a colleague";

    /// <summary>Between the mentioned names in the card title ("A ↔ B").</summary>
    public const string TitleSeparator = " ↔ ";

    public const string HopingTo = "Hoping to";
    public const string LookingFor = "Looking for";
    public const string ReasonTitle = "Why I suggested this";

    public const string OpenPromptPair = "Would you like to meet? I'll connect you as soon as you've both said yes.";
    public const string OpenPromptGroup = "Would you like to meet? I'll connect you as soon as you've all said yes.";

    /// <summary>{0}: who accepted; {1}: who hasn't answered yet (joined names).</summary>
    public const string AcceptedWaiting = "{0} accepted — waiting for {1}";

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

    /// <summary>{0}: the named members (plain text: an invoke message is not markdown).</summary>
    public const string NotForYou = "This intro is for {0}.";

    /// <summary>{0}: the member the 1:1 failed for; {1}: who is waiting on them.</summary>
    public const string HandoffFailedNote = "I couldn't message {0} directly: {0}, {1} is waiting to hear from you here.";

    /// <summary>{0}: the other member(s).</summary>
    public const string FollowUpQuestion = "Did you meet {0}?";
    public const string FollowUpExplained = "A week ago I introduced you. Your answer helps me make better introductions, and only I see it.";
    public const string FollowUpHelped = "Yes, it helped";
    public const string FollowUpMet = "Yes";
    public const string FollowUpNotYet = "Not yet";
    public const string FollowUpNo = "No";

    public const string ThanksHelped = "Wonderful, thanks for telling me! 🎉";
    public const string ThanksMet = "Great, thanks for letting me know.";
    public const string ThanksNotYet = "No rush: I hope you find a moment soon.";
    public const string ThanksNo = "Thanks for telling me. I'll keep looking for good introductions for you.";

    /// <summary>{0}: the other member(s). Markdown.</summary>
    public const string HandoffTitle = "🎉 **You're connected with {0}!** You both said yes to the intro in your team's channel.";
    public const string HandoffTitleGroup = "🎉 **You're connected with {0}!** You all said yes to the intro in your team's channel.";

    /// <summary>{0}: one other member's name.</summary>
    public const string HandoffAbout = "**About {0}**";
    public const string HandoffHopingTo = "Hoping to {0}";
    public const string HandoffLookingFor = "Looking for {0}";
    public const string HandoffCanHelp = "Can help with {0}";
    public const string HandoffReason = "**Why I introduced you:** {0}";

    /// <summary>{0}: name; {1}: chat link; {2}: meeting link.</summary>
    public const string HandoffLinks = "[Start a chat with {0}]({1}) · [Set up a meeting]({2})";
    public const string HandoffNoLinks = "To say hello, find **{0}** in Teams by searching for their name.";

    /// <summary>Prefilled in the chat composer; {0}: the other member's name (plain text, URL-encoded by the caller).</summary>
    public const string ChatOpener = "Hi {0}! ConnectorBot introduced us. When would suit you for a quick chat?";

    /// <summary>The meeting subject; {0} and {1}: both names (plain text).</summary>
    public const string MeetingSubject = "Intro: {0} & {1}";

    public static string Format(string template, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);

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
