namespace ConnectorBot.BotFramework.Turns;

/// <summary>The plumbing's own member-facing sentences, ready for translation.</summary>
public static class TurnStrings
{
    public const string SomethingWentWrong =
        "Sorry, something went wrong on my side and I couldn't finish that. Nothing you typed is lost; please try again in a moment.";
}
