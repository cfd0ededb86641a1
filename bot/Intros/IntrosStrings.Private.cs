namespace ConnectorBot.Intros;

public static partial class IntrosStrings
{
    /// <summary>
    /// The private card a member gets when an intro reaches them 1:1 (an ask, an offer of help, or a round intro beyond the
    /// channel's limit), the note to whoever started it when the other says no, the note to a member a round left first
    /// in line, and the private handoff's title. Card text: callers pass names and answers escaped.
    /// </summary>
    public static class Private
    {
        public const string AskKicker = "Someone is asking for your help";
        public const string OfferKicker = "An offer of help";
        public const string RoundKicker = "Suggested introduction (just for the two of you)";

        public static string AskTitle(string askerName) => $"{askerName} is looking for help";
        public static string OfferTitle(string helperName) => $"{helperName} offered to help you";
        public static string RoundTitle(string otherNames) => $"You and {otherNames}";

        public static string AskNeed(string askerName) => $"{askerName} is looking for";
        public const string YourOffer = "You said you can help with";
        public const string YourNeed = "You're looking for";
        public static string TheirOffer(string helperName) => $"{helperName} can help with";

        public const string AskPrompt = "Happy to be introduced? If you say yes, I'll connect you both. If not, nobody else hears about it.";
        public const string OfferPrompt = "Would you like an introduction? If you say yes, I'll connect you both.";
        public const string RoundPrompt = "Would you like to meet? I'll connect you as soon as you've both said yes. Only the two of you see this.";

        public const string YesButton = "Yes, introduce us";
        public const string NotNowButton = "Not now";
        public const string NoThanksButton = "No thanks";

        public static string YouAcceptedWaiting(string waitingNames) => $"You said yes — waiting for {waitingNames}.";
        public static string TheyAcceptedWaiting(string acceptedNames) => $"{acceptedNames} said yes — waiting for you.";
        public const string Closed = "This intro is closed. Timing isn't always right, and that's fine.";
        public const string Expired = "This intro has closed without an answer.";

        /// <summary>To the asker when the helper said "Not now" (plain names): kind, and nothing more about why.</summary>
        public static string AskDeclined(string helperName) =>
            $"{helperName} can't take this one on right now. That's fine: you can ask someone else from my list, or ask me again in other words.";

        /// <summary>To the helper who offered, when the person in need said "No thanks".</summary>
        public static string OfferDeclined(string needName) => $"Thanks for offering to help {needName}! They're sorted for now. I'll let you know when someone else needs what you know.";

        public static string AskExpired(string helperName) =>
            $"{helperName} hasn't answered in time, so I've closed your request to them. You can ask someone else from my list, or ask me again.";

        public static string OfferExpired(string needName) => $"{needName} hasn't answered your offer of help in time, so I've closed it. Thanks for offering!";

        /// <summary>
        /// To a member a round left without an intro, once (not again while they stay first in line). Plain text. True of
        /// every member the matcher leaves over: someone suited them, but was introduced to others this time.
        /// </summary>
        public const string FirstInLineNote =
            "No intro for you this round: the colleagues who'd suit you best were already paired up this time. You're first in line for the next round.";

        public static string HandoffTitle(string otherNames) => $"🎉 **You're connected with {otherNames}!** You both said yes to the introduction.";
    }
}
