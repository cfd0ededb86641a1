using System.Globalization;

namespace ConnectorBot.Interview;

/// <summary>
/// Every member-facing sentence of personal chat, in one place, ready for translation. Methods
/// take text that the caller has already escaped (member text always goes through MarkdownText), or numbers they write
/// themselves, in one invariant form until per-locale formatting arrives with translations.
/// </summary>
public static partial class InterviewStrings
{
    /// <summary>The first message; <paramref name="firstNameAfterSpace"/> is empty or " " and the escaped first name.</summary>
    public static string Welcome(string firstNameAfterSpace) =>
        $"Hi{firstNameAfterSpace}! I'm **ConnectorBot**. I introduce people here to the colleague who can help them, and I always say why.\n\n"
        + "I'll ask you three short questions: what you're hoping to accomplish, who could help you get there, and what you could help others with. "
        + "Your name and answers are shared **only if you say yes**, in intro cards posted in your team's intro channel. "
        + "You can see, change, pause, export or delete them at any time: type **help** to see how.";

    public const string AskAccomplish = "**What are you hoping to accomplish?** A goal for the coming months, in a sentence or two.";

    public const string AskConnectWith = "**Who can I connect you with to make that happen?** Describe the person: what they know, or what they've done.";

    public const string AskOffer = "**What could you help others with?** Something you know well or have done. (Type **skip** if nothing comes to mind.)";

    public static string AckAccomplish(string quotedAnswer) => $"Great goal: {quotedAnswer}.";

    public static string AckConnectWith(string quotedAnswer) => $"Got it: {quotedAnswer}. I'll keep an eye out for that person.";

    public static string AckOffer(string quotedAnswer) => $"Thank you! {quotedAnswer} could make someone's week.";

    public const string AckOfferSkipped = "No problem: you can add it later with **edit 3**.";

    public static string AckEdited(string quotedAnswer) => $"Updated: {quotedAnswer}.";

    public const string AskConsent =
        "Here's what I have. **Last thing:** may I share your name and these answers in intro cards in your team's intro channel? "
        + "Choose on the card, or type **yes** or **no**.";

    public const string ConsentGiven =
        "Thank you! You'll appear in intro suggestions in your team's intro channel, with the reason for each. "
        + "Type **pause** to take a break, **show** to see your answers, or **help** for more.";

    public const string ConsentRefused =
        "Understood: I'll keep your answers private and won't post you in any intro. You can change this at any time with **show**.";

    public const string PickUp = "Welcome back! Let's pick up where we left off.";

    public const string HelloAgain = "Hi again! Type **show** to see your answers, **edit** to change one, or **help** for everything I can do.";

    public const string AnswerEmpty = "I didn't get any words there. Could you tell me in a sentence?";

    public const string AnswerNoWords = "I like the emoji 🙂 but I need a few words to find the right person. Could you say it in a sentence?";

    public static string AnswerTooLong(int length, int maxLength) =>
        $"That's {Count(length)} characters; I can keep up to {Count(maxLength)}. I've saved your full text as a draft so nothing is lost: could you send a shorter version? "
        + "(Type **draft** to see it again.)";

    public static string AnswerTooLongForDraft(int length, int maxLength, int kept, int lost) =>
        $"That's {Count(length)} characters; I can keep up to {Count(maxLength)}. That's also more than a draft holds, so I've saved only the first {Count(kept)} characters "
        + $"as a draft and **not the last {Count(lost)}**: keep your own copy if you need them. Could you send a shorter version? "
        + "(Type **draft** to see what I saved.)";

    public const string CannotSkip = "This one matters for finding the right person, so I can't skip it. A sentence is plenty.";

    public static string EditPrompt(string quotedCurrent, string question) => $"Currently: {quotedCurrent}\n\n{question}\n\n(Type **cancel** to keep it as it is.)";

    public const string EditWhich =
        "Which answer would you like to change? Use an **Edit** button on the card, or type **edit 1** (your goal), "
        + "**edit 2** (who could help), **edit 3** (what you offer) or **edit all**.";

    public const string EditAll = "Let's go through all three again.";

    public const string EditCancelled = "Okay, I kept your answer as it was.";

    public const string NothingToCancel = "There's nothing to cancel. Type **help** to see what I can do.";

    public const string InterviewCancelled = "No problem. Answer the question above whenever you're ready, or type **help**.";

    /// <summary><paramref name="date"/>: written by <see cref="Date"/>.</summary>
    public static string PausedUntil(string date) => $"Paused until {date}. I won't suggest you in intros until then; type **resume** to come back sooner.";

    public const string PausedIndefinitely = "Paused. I won't suggest you in any intro until you type **resume**.";

    public const string PauseRange = "I can pause for 1 to 52 weeks, for example **pause 2 weeks**, or just **pause** until you type **resume**.";

    public const string Resumed = "Welcome back! You're in the running for intros again.";

    public const string NotPaused = "You're not paused, so there's nothing to resume. 🙂";

    public const string ForgetAsk =
        "This deletes your answers and everything else I keep about you, for good. Intro cards I posted that name you will say "
        + "the intro was withdrawn, without your name or answers; introductions I already sent to other people's private chats stay with them. "
        + "Are you sure? Type **yes** to delete everything, or **no** to keep it.";

    public const string ForgetYesOrNo = "Please type **yes** to delete everything I keep about you, or **no** to keep it.";

    public const string Forgotten =
        "Done. I've deleted everything I kept about you, and the intro cards that named you now say the intro was withdrawn "
        + "(Teams may take a minute to show it). Introductions already sent to other people's private chats stay with them. "
        + "If you'd like to start again one day, just say hi.";

    public const string ForgetKept = "Phew. I've kept everything as it was.";

    /// <summary>A stale confirmation card clicked after the deletion: nothing is left to keep or delete.</summary>
    public const string AlreadyForgotten =
        "I've already deleted everything I kept about you, so this card's buttons no longer change anything. If you'd like to start again, just say hi.";

    /// <summary>A stale Cancel when no deletion is waiting: nothing was deleted, nothing changed.</summary>
    public const string NoDeletionPending = "Nothing was waiting to be deleted, so nothing changed. Type **forget me** if you'd like me to delete your data.";

    public const string NothingStored = "I don't keep anything about you yet.";

    public const string NoDraft = "You have no draft. Everything you sent me is saved.";

    public static string ShowDraft(int characters, string escapedDraft) => $"Your draft ({Count(characters)} characters), to shorten and send again:\n\n{escapedDraft}";

    public const string StaleKept = "Great, I'll keep looking for someone who can help with that.";

    public const string StaleUpdate = "Let's refresh your answers.";

    public const string OnlyInPersonalChat = "These buttons work in your personal chat with me.";

    public const string EditStarted = "Okay: see my question below.";

    public const string ConfirmAgain = "Please confirm once more below.";

    public const string UnknownButton = "This button is no longer supported. Type **show** for a fresh card.";

    public const string NotUnderstood = "Sorry, I didn't catch that. Type **help** to see what I can do.";

    public const string NotUnderstoodPersonal =
        "Sorry, I didn't catch that. Type **show** to see your answers, **edit** to change one, or **help** for everything I can do.";

    public const string Help =
        "Here's what I can do:\n\n"
        + "- **show**: see your answers and whether you're shared in intros\n"
        + "- **edit** (or **edit 1**, **edit 2**, **edit 3**, **edit all**): change an answer\n"
        + "- **pause** or **pause 2 weeks**: take a break from intros; **resume** to come back\n"
        + "- **who can help me with …?** (or **ask …**): I'll find up to three colleagues who may help, and ask the one you pick privately\n"
        + "- **my intros**: your intros and where each stands\n"
        + "- **digest off** / **digest on**: stop or restart the weekly note of colleagues' needs you could help with\n"
        + "- **never introduce me to @name**: I'll never introduce you to them (nobody is told); **allow @name** undoes it, **never list** shows who's on it\n"
        + "- **export**: get a copy of everything I keep about you\n"
        + "- **forget me**: delete everything I keep about you\n"
        + "- **help**: this list";

    public static string WelcomeFor(string? escapedFirstName) =>
        Welcome(string.IsNullOrWhiteSpace(escapedFirstName) ? string.Empty : " " + escapedFirstName);

    public static string Question(ProfileField field) => field switch
    {
        ProfileField.Accomplish => AskAccomplish,
        ProfileField.ConnectWith => AskConnectWith,
        _ => AskOffer,
    };

    public static string Acknowledge(ProfileField field, string quotedPhrase) => field switch
    {
        ProfileField.Accomplish => AckAccomplish(quotedPhrase),
        ProfileField.ConnectWith => AckConnectWith(quotedPhrase),
        _ => AckOffer(quotedPhrase),
    };

    /// <summary>Dates in one unambiguous form until per-locale formatting arrives with translations.</summary>
    public static string Date(DateTimeOffset value) => value.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Counts with thousands separators, in one form until per-locale formatting arrives with translations.</summary>
    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
