namespace ConnectorBot.Intros.NeverList;

/// <summary>
/// Every sentence of the never list, in markdown. Names arrive already escaped (MarkdownText) by the caller. No sentence
/// says whether a person uses the bot, or tells anyone that they are on someone's list.
/// </summary>
public static class NeverStrings
{
    public static string Added(string name) =>
        $"Done: I'll never introduce you to {name}, in rounds or otherwise. Nobody is told. Type **allow** and @mention them to undo it.";

    public static string AlreadyListed(string name) => $"{name} is already on your never list: I won't introduce you.";

    public static string Allowed(string name) => $"Done: {name} is off your never list, so I may introduce you again one day.";

    public static string NotListed(string name) => $"{name} isn't on your never list, so there's nothing to undo.";

    public const string NotYourself = "That's you! There's no need to keep you from yourself.";

    public const string NeverWho =
        "Who should I never introduce you to? Type **never introduce me to** and @mention them (or type their name as Teams shows it).";

    public const string AllowWho = "Who should come off your never list? Type **allow** and @mention them (or type their name as it is on the list).";

    public static string NotFound(string name) =>
        $"I couldn't find anyone called {name} in your teams. Check the spelling as Teams shows it, or @mention them.";

    public static string Ambiguous(string name) =>
        $"More than one person in your teams is called {name}. Please @mention the one you mean.";

    public static string AmbiguousOnList(string name) => $"Your never list has more than one {name}. Please @mention the one you mean.";

    public static string NotInYourTeams(string name) =>
        $"I couldn't find {name} in the teams I'm in with you, so I can't tell who that is.";

    public const string LookupFailed = "I couldn't read your teams' member lists just now, so nothing changed. Please try again in a minute.";

    public const string ListTitle = "Your never list";

    public const string ListEmpty = "Your never list is empty. Type **never introduce me to** and @mention someone to add them; nobody is told.";

    public static string ListOf(string names) => $"I'll never introduce you to: {names}. Only you can see this list. Type **allow** and @mention someone to take them off.";

    /// <summary>How the names of a list are joined in a sentence.</summary>
    public const string NameSeparator = ", ";
}
