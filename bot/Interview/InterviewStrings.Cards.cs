namespace ConnectorBot.Interview;

public static partial class InterviewStrings
{
    /// <summary>Every label and sentence on personal-chat cards. Markdown is allowed here; user text is inserted escaped.</summary>
    public static class Cards
    {
        public const string SummaryTitle = "Your answers";
        public const string SummaryIntro = "Here's what you told me. You can change any answer at any time.";

        public const string QuestionAccomplish = "What are you hoping to accomplish?";
        public const string QuestionConnectWith = "Who can I connect you with to make that happen?";
        public const string QuestionOffer = "What could you help others with?";

        public const string Skipped = "(skipped)";
        public const string NotAnswered = "(not answered yet)";
        public const string EditButton = "Edit";

        public const string SharingTitle = "Sharing";
        public const string SharingExplained =
            "If you say yes, your name and these answers appear in intro cards posted in your team's intro channel.";
        public const string ConsentUnset = "You haven't chosen yet. Until you say yes, you're never posted.";
        public const string ConsentGiven = "You're shared in intro cards.";

        /// <summary>After yes: what happens, not what would.</summary>
        public const string SharingExplainedGiven =
            "Your name and these answers appear in intro cards posted in your team's intro channel.";

        public const string ResumeButton = "Resume intros";
        public const string ConsentRefused = "You're private: you're never posted in intro cards.";
        public const string ShareButton = "Yes, share me in intro cards";
        public const string PrivateButton = "Keep me private";
        public const string StopSharingButton = "Stop sharing me";

        public const string PausedUntilResume = "You're paused: no introductions until you type **resume**.";

        /// <summary><paramref name="cardDate"/>: an Adaptive Card DATE() function, so each member sees it in their own locale.</summary>
        public static string PausedUntil(string cardDate) => $"You're paused: no introductions until {cardDate}.";

        public const string ForgetTitle = "Delete everything about you?";
        public const string ForgetExplained =
            "This deletes your answers, your sharing choice and everything else ConnectorBot keeps about you. Intro cards that name you "
            + "will say the intro was withdrawn, without your name or answers. It can't be undone.";
        public const string ForgetButton = "Delete my data";
        public const string CancelButton = "Cancel";

        /// <summary><paramref name="quotedGoal"/>: the member's quoted answer to "What are you hoping to accomplish?".</summary>
        public static string StaleQuestion(string quotedGoal) => $"Still hoping to {quotedGoal}?";
        public const string StaleQuestionNoAnswer = "Are your answers still right?";
        public const string StaleExplained = "I'll use your answers for the next round of introductions.";

        /// <summary><paramref name="cardDate"/>: the date the answers were given, as a DATE() function.</summary>
        public static string StaleAnsweredOn(string cardDate) => $"You answered on {cardDate}.";
        public const string KeepButton = "Keep";
        public const string UpdateButton = "Update";
    }
}
