using System.Globalization;

namespace ConnectorBot.Digest;

/// <summary>
/// Every sentence and label of the give digest, ready for translation. Methods take text the caller has already escaped
/// (CardText on cards, MarkdownText in messages).
/// </summary>
public static class DigestStrings
{
    public const string Kicker = "Your weekly give digest";

    /// <summary>The card's title: how many colleagues are looking for something the member knows.</summary>
    public static string Title(int people) => people == 1
        ? "This week 1 person is looking for something you know"
        : string.Create(CultureInfo.InvariantCulture, $"This week {people} people are looking for something you know");

    public const string Explained = "Offer to help and I'll ask them privately whether they'd like an introduction. Nobody else sees this.";

    /// <summary>Above a colleague's need: their display name (escaped).</summary>
    public static string LooksFor(string name) => $"{name} is looking for";

    /// <summary>Why this member: the ranking's line (escaped).</summary>
    public static string Why(string reason) => $"**Why you:** {reason}";

    public static string OfferButton(string name) => $"Offer to help {name}";

    public static string Offered(string name) => $"You offered to help {name}.";

    public const string Footer = "Type **digest off** to stop these weekly notes (and **digest on** to have them back).";

    public const string Summary = "Colleagues you could help this week";

    /// <summary>After "Offer to help": the member in need is asked privately (name escaped for markdown).</summary>
    public static string OfferSent(string name) => $"Thank you! I've asked {name} privately whether they'd like an introduction. I'll connect you both if they say yes.";

    public const string UnknownItem = "I can't find this item any more. Your next digest will have fresh ones.";

    public const string AlreadyOffered = "You've already offered to help with this. I'll let you know what they say.";

    /// <summary>One answer for every reason (paused, changed their need, on a never-list, bot removed), so nothing leaks.</summary>
    public static string CannotOfferNow(string name) => $"{name} isn't looking for introductions on this right now, so I won't ask them. Thanks for offering!";

    public const string UnknownButton = "That button is from an older version of me. Your next digest will have fresh ones.";

    public const string SwitchedOff = "Okay, no more weekly digests. Type **digest on** whenever you'd like them back.";

    public const string SwitchedOn = "Done: once a week I'll send you colleagues' needs that match what you can help with. Type **digest off** to stop.";

    public const string StatusOn = "Your weekly give digest is **on**: once a week I send you colleagues' needs that match what you can help with. Type **digest off** to stop it.";

    public const string StatusOff = "Your weekly give digest is **off**. Type **digest on** to get colleagues' needs that match what you can help with.";

    public const string NotInATeam = "The digest looks among colleagues in a team where I'm installed, and I can't find you in one yet.";

    /// <summary>The reason stored with the intro an offer makes (shown in both handoffs): plain text, escaped where it is shown.</summary>
    public static string IntroReason(string helperName, string neederName, string need) => $"{helperName} offered to help {neederName} with “{need}”.";
}
