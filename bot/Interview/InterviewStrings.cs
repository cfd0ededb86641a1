namespace ConnectorBot.Interview;

/// <summary>Every member-facing sentence of personal chat, in one place, ready for translation.</summary>
public static partial class InterviewStrings
{
    public const string Greeting =
        "Hi{0}! I'm **ConnectorBot**. I help people here meet the colleague who can help them, and say why.\n\n"
        + "I'll ask you what you're hoping to accomplish, who could help you get there, and what you could help others with. "
        + "Suggested introductions appear as cards in your team's intro channel, and only with your permission.\n\n"
        + "Type **help** at any time to see what I can do.";

    // Lists only what works today; the interview commands join this list as they arrive.
    public const string Help =
        "Here's what I can do so far:\n\n"
        + "- **help**: this list\n\n"
        + "Soon I'll ask you what you're hoping to accomplish, who could help, and what you could offer, "
        + "and then introduce you to colleagues who can help, saying why.";

    public const string NotUnderstood =
        "Sorry, I didn't catch that. Type **help** to see what I can do.";

    /// <summary>The name to greet with, or nothing when the channel gave none.</summary>
    public static string GreetingFor(string? name) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Greeting, string.IsNullOrWhiteSpace(name) ? string.Empty : " " + FirstName(name));

    private static string FirstName(string name) => name.Trim().Split(' ', 2)[0];
}
