namespace ConnectorBot.Asks;

/// <summary>
/// Every sentence and label of asks, in one place, ready for translation. Methods take text the caller has already
/// escaped (CardText on cards, MarkdownText in messages).
/// </summary>
public static class AsksStrings
{
    public const string NeedMissing = "What would you like help with? Tell me in a sentence, for example: **who can help me with running Kubernetes in production?**";

    public static string NeedTooLong(int max) => $"That's a bit long for me to search with. Could you say what you need in under {max} characters?";

    public static string TooManyAsks(int perDay) => $"You've asked {perDay} times in the last day, which is as many as I handle. Please try again tomorrow: it keeps people from being asked too often.";

    public const string NotInATeam = "I can only look among colleagues in a team where I'm installed, and I can't find you in one yet. Ask a team owner to add me to your team.";

    /// <summary>The button's own answer: the result follows as a message.</summary>
    public const string AnsweredBelow = "I've answered below.";

    public static string NobodyFound(string need) =>
        $"I couldn't find anyone whose experience clearly fits “{need}” right now. Try saying it in other words, or wait for the next round of introductions: new people join all the time.";

    public const string CardKicker = "Who can help";

    /// <summary><paramref name="quotedNeed"/>: already in quotation marks.</summary>
    public static string CardTitle(string quotedNeed) => $"People who may help with {quotedNeed}";

    public const string CardExplained = "Pick one and I'll ask them privately whether they're happy to be introduced. Nobody else sees this.";

    public static string AskButton(string name) => $"Ask {name}";

    public static string Asked(string name) => $"Asked {name}";

    public static string AskedThem(string name) => $"I've asked {name} privately. I'll introduce you as soon as they say yes.";

    public const string UnknownAsk = "I can't find this ask any more. Please ask me again.";

    public const string NotYourAsk = "This list was made for someone else's question.";

    public const string AlreadyAsked = "You've already asked them about this. I'll let you know when they answer.";

    public static string CannotAskNow(string name) => $"{name} has been asked a lot this week, so I won't ask them again just now. Try someone else from the list.";

    public const string SummaryTitle = "Need a hand with something now?";
    public const string SummaryExplained = "Tell me what you need and I'll find colleagues who may help. You can also type: who can help me with …";
    public const string NeedLabel = "What do you need help with?";
    public const string NeedPlaceholder = "e.g. running Kubernetes in production";
    public const string FindButton = "Find who can help";

    public const string UnknownButton = "That button is from an older version of me. Please ask me again.";

    /// <summary>The reason stored with the intro an ask makes (shown in both handoffs): both names escaped by the caller.</summary>
    public static string IntroReason(string askerName, string need, string reason) => $"{askerName} asked who could help with “{need}”. {reason}";
}
