using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Understanding;

/// <summary>Which card the playback's buttons are on, so an answer replaces that card with its own kind.</summary>
public enum PlaybackPlace
{
    /// <summary>The interview's summary card (answers, sharing), which carries the playback as a section.</summary>
    Summary,

    /// <summary>The message sent when an understanding is ready.</summary>
    Playback,
}

/// <summary>The playback's card-button verbs and data fields: the contract between the cards and their handler.</summary>
public static class UnderstandingVerbs
{
    public const string Prefix = "understanding.";

    /// <summary>Stores the member's words; data: <see cref="TenantKey"/>, <see cref="PlaceKey"/> and one input per answer (<see cref="WordsInputId"/>).</summary>
    public const string SaveWords = "understanding.words";

    /// <summary>"That's not it"; data: <see cref="TenantKey"/>, <see cref="PlaceKey"/>, <see cref="AnswerKey"/>, <see cref="AnswerHashKey"/>.</summary>
    public const string Reject = "understanding.reject";

    /// <summary>The tenant whose chat the card was sent to: a card acted on from another tenant is refused.</summary>
    public const string TenantKey = "tenant";

    public const string AnswerKey = "answer";

    /// <summary>The hash of the answer the card showed: a button pressed after the answer changed rejects nothing.</summary>
    public const string AnswerHashKey = "answerHash";

    public const string PlaceKey = "card";

    public static string WordsInputId(AnswerKind kind) => "words-" + AnswerKinds.Name(kind);

    public static string PlaceName(PlaybackPlace place) => place == PlaybackPlace.Summary ? "summary" : "playback";

    public static PlaybackPlace ReadPlace(CardAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.GetString(PlaceKey) == "summary" ? PlaybackPlace.Summary : PlaybackPlace.Playback;
    }

    public static AnswerKind? ReadAnswer(CardAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return AnswerKinds.Parse(action.GetString(AnswerKey));
    }
}
