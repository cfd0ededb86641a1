namespace ConnectorBot.BotFramework.Replies;

/// <summary>The reply outbox's member-facing sentences, ready for translation.</summary>
public static class ReplyStrings
{
    /// <summary>Sent in place of a reply that had to wait for Teams but is too large to keep until then.</summary>
    public const string TooLargeToKeep =
        "I had a reply for you that was too large to keep until Teams could take it, so it is not coming. Please ask me again in a moment.";
}
