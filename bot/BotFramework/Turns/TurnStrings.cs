namespace ConnectorBot.BotFramework.Turns;

/// <summary>The plumbing's own member-facing sentences, ready for translation.</summary>
public static class TurnStrings
{
    public const string SomethingWentWrong =
        "Sorry, something went wrong on my side and I couldn't finish that. Nothing you typed is lost; please try again in a moment.";

    /// <summary>Under a card whose button press could not be answered because Teams could not be reached.</summary>
    public const string CouldNotAnswer = "I couldn't answer that just now. Please try again in a moment.";

    /// <summary>Under a card whose button no route takes (a card from an older version of the bot).</summary>
    public const string UnknownButton = "This card's button is no longer supported.";
}
