// Temporary stand-ins for the cards branch's API; deleted when that branch is merged.
using System.Text.Json;

namespace ConnectorBot.BotFramework.Cards
{
    public static class MarkdownText
    {
        public static string Escape(string userText) => userText;

        public static string Quote(string userText, int maxLength = 80) => "“" + userText + "”";
    }
}

namespace ConnectorBot.Interview
{
    public static class InterviewVerbs
    {
        public const string Edit = "interview.edit";
        public const string Consent = "interview.consent";
        public const string ForgetConfirm = "interview.forget.confirm";
        public const string ForgetCancel = "interview.forget.cancel";
        public const string StaleKeep = "interview.stale.keep";
        public const string StaleUpdate = "interview.stale.update";
        public const string Prefix = "interview.";

        public static ProfileField? ReadField(ConnectorBot.BotFramework.Turns.CardAction action) => null;

        public static bool? ReadConsent(ConnectorBot.BotFramework.Turns.CardAction action) => null;
    }

    public static class InterviewCards
    {
        public static JsonElement Summary(Profile profile, DateTimeOffset now) => JsonSerializer.SerializeToElement(new { type = "AdaptiveCard" });

        public static JsonElement ForgetConfirmation() => JsonSerializer.SerializeToElement(new { type = "AdaptiveCard" });

        public static JsonElement StaleNudge(Profile profile) => JsonSerializer.SerializeToElement(new { type = "AdaptiveCard" });
    }

    public enum MemberCommandKind
    {
        Help,
        Show,
        Edit,
        Pause,
        Resume,
        ForgetMe,
        Export,
        Cancel,
        Skip,
        Yes,
        No,
        Draft,
    }

    public sealed record MemberCommand(MemberCommandKind Kind, ProfileField? Field = null, bool All = false, int? Weeks = null);

    public static class CommandParser
    {
        public static MemberCommand? Parse(string text) => null;
    }
}
