namespace ConnectorBot.Privacy;

/// <summary>
/// "export": the summary card in the member's own terms (never a table or field name) and the file around it.
/// Markdown is allowed; the member's answers go in escaped.
/// </summary>
public static class PrivacyStrings
{
    public const string Title = "Everything I keep about you";
    public const string Intro = "Here it is in plain words. The complete copy, with every detail, comes as a file (JSON) below.";

    public const string AnswersTitle = "Your answers";
    public const string AnswersWithThem =
        "With them I keep your name as Teams shows it, your language and time zone, and this chat's address so I can write to you here.";

    public const string AlsoTitle = "Also kept about you";
    public const string AlsoIntro = "How many of each:";

    // One line per kind of record, as the member would say it. Keys are the stores' names (IMemberData.Name).
    public const string ChatSoFar = "Where we are in our chat (the question I'm on, any draft)";
    public const string Understood = "How I understood your answers";
    public const string Meanings = "Your answers as numbers, for matching";
    public const string Intros = "Your intros";
    public const string PeopleMet = "People you've been introduced to";
    public const string TeamsAdmin = "Teams you're an admin of";
    public const string InvitationsStarted = "Invitations to everyone that you started";
    public const string RoundsWaiting = "Intro rounds where you were first in line for next time";
    public const string AsksMade = "Your questions to me about who can help, and when you were asked for help";
    public const string RepliesOwed = "My replies to you that Teams hasn't taken yet (deleted once delivered)";
    public const string NeverList = "People you asked me never to introduce you to";
    public const string DigestKept = "Your weekly digest: whether it's on, and which colleagues' needs it showed you";
    public const string Other = "Other records about you";

    /// <summary>The file consent card's description (Teams shows it above Allow / Decline).</summary>
    public const string FileDescription = "Everything ConnectorBot keeps about you, as JSON: your right to a copy of your data.";

    public const string FileOffered = "To save the complete copy, choose **Allow** on the card below: it goes to your OneDrive. I don't keep a copy.";
    public const string FileAttached = "Here's the complete copy as a file. I don't keep a copy.";
    public const string CopyShown = "Here's the complete copy (this client shows no files, so it's in the card below). I don't keep a copy.";
    public static string CopyTitle(string fileName) => $"The complete copy: {fileName}";
    public const string ShowCopy = "Show the complete copy (JSON)";
    public const string FileSent = "Done: your file is in your OneDrive, and here in our chat. I haven't kept a copy.";
    public const string Declined = "Okay, no file. Type **export** whenever you'd like one.";
    public const string Expired = "That offer has expired, so I didn't send the file. Type **export** for a fresh copy.";
    public const string UploadFailed = "Sorry, the file didn't reach your OneDrive, so nothing was saved there. Please type **export** to try again in a moment.";

    /// <summary>The store's line, or <see cref="Other"/> for a store this list doesn't know yet (the file has its rows all the same).</summary>
    public static string Kind(string store) => store switch
    {
        "Profiles" => AnswersTitle,
        "Interviews" => ChatSoFar,
        "Understandings" => Understood,
        "Meanings" => Meanings,
        "Intros" => Intros,
        "PairHistory" => PeopleMet,
        "Teams" => TeamsAdmin,
        "Invitations" => InvitationsStarted,
        "Replies" => RepliesOwed,
        "Rounds" => RoundsWaiting,
        "Asks" => AsksMade,
        "NeverList" => NeverList,
        "Digests" => DigestKept,
        _ => Other,
    };

    /// <summary>Whether <see cref="Kind"/> has a line of its own for the store.</summary>
    public static bool Knows(string store) => Kind(store) != Other;
}
