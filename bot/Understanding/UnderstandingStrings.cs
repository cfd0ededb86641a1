using System.Globalization;

namespace ConnectorBot.Understanding;

/// <summary>
/// Every member-facing sentence of the understanding playback, in one place, ready for translation. Markdown is allowed
/// here; methods take text the caller has already escaped (CardText on cards, MarkdownText in messages).
/// </summary>
public static class UnderstandingStrings
{
    /// <summary>Added to the welcome when answers are understood by the organisation's Azure OpenAI resource.</summary>
    public const string WelcomeAzureOpenAi =
        "To understand your answers (jargon, abbreviations, other languages), I send them to your organisation's own Azure OpenAI service. "
        + "They aren't sent anywhere else, and you'll see how I understood them.";

    public const string SectionTitle = "Here's how I understood you";

    /// <summary>When what was generated is read by the matcher (the organisation's language model).</summary>
    public const string SectionIntro = "I read your answers with these words when I look for the right people. Your own words always come first.";

    /// <summary>When it is only a guess to correct (the offline lexicon): the matcher reads the answers and the member's words.</summary>
    public const string SectionIntroGuess =
        "Here's my guess at what your answers are about. When I look for the right people I go by your answers and the words you add, so add some if I missed something.";

    public const string StillThinking = "I'm still thinking about your answers.";

    public const string StillThinkingOne = "I'm still thinking about this one.";

    public const string LabelAccomplish = "Your goal";

    public const string LabelConnectWith = "Who could help you";

    public const string LabelOffer = "What you could help with";

    /// <summary><paramref name="plainEnglish"/>: the answer in plain English, escaped.</summary>
    public static string InPlainWords(string plainEnglish) => $"In plain words: {plainEnglish}";

    /// <summary><paramref name="words"/>: the member's own words, escaped, comma-separated.</summary>
    public static string YourWords(string words) => $"Your words: {words}";

    /// <summary><paramref name="words"/>: the generated words, escaped, comma-separated.</summary>
    public static string RelatedWords(string words) => $"Related: {words}";

    public const string NothingToAdd = "Clear as it is: I have nothing to add.";

    public const string RejectedNote = "You said that's not it, so I only go by your own words here.";

    public const string AddWordsButton = "Add words";

    public const string RejectButton = "That's not it";

    public const string SaveWordsButton = "Save my words";

    public const string AddWordsExplained =
        "A few words or short phrases, separated by commas, that say what each answer is about. I'll read them first. (Up to 15, 300 characters.)";

    public const string WordsPlaceholder = "e.g. quality audits, root cause analysis";

    public const string PlaybackSummary = "Here's how I understood you";

    public const string PlaybackIntro = "I've thought about your answers. If I got something wrong, tell me with the buttons below.";

    /// <summary><paramref name="answer"/>: what the words are about (<see cref="InSentence"/>); <paramref name="words"/>: escaped.</summary>
    public static string WordsSaved(string answer, string words) => $"Thanks! From now on I read {answer} with your words first: {words}.";

    public const string WordsEmpty =
        "I didn't get any words there. Type a few, separated by commas, then press **Save my words**. Nothing has changed.";

    /// <summary><paramref name="count"/>: how many words or phrases were typed.</summary>
    public static string WordsTooMany(int count, int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"That's {count} words or phrases; I can keep up to {limit}. Could you keep the most important ones? Nothing has changed.");

    /// <summary><paramref name="length"/>: how many characters were typed.</summary>
    public static string WordsTooLong(int length, int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"That's {length} characters; I can keep up to {limit}. Could you shorten it? Nothing has changed.");

    /// <summary><paramref name="answer"/>: what was not understood right (<see cref="InSentence"/>).</summary>
    public static string Rejected(string answer) =>
        $"Got it: I won't use my reading of {answer} any more; your own words still count. "
        + "To tell me what it's about, press **Add words** and type a few words of your own.";

    public const string AnswerChanged = "That answer has changed since this card. Here's how I understand it now.";

    public const string NotUnderstoodYet = "I haven't understood that answer yet, so there's nothing to take back. You can still **Add words**.";

    public const string NothingStored = "I don't keep anything about you any more, so there's nothing to change. Say hi to start again.";

    public const string NoAnswer = "You haven't answered that question yet. Type **edit** to answer it.";

    public const string OnlyInPersonalChat = "These buttons work in your personal chat with me.";

    public const string NotYourCard = "This card isn't from your chat with me. Type **show** for your own.";

    public const string UnknownButton = "This button is no longer supported. Type **show** for a fresh card.";

    public static string Label(AnswerKind kind) => kind switch
    {
        AnswerKind.Accomplish => LabelAccomplish,
        AnswerKind.ConnectWith => LabelConnectWith,
        _ => LabelOffer,
    };

    /// <summary>The answer as named inside a sentence ("your goal").</summary>
    public static string InSentence(AnswerKind kind) => kind switch
    {
        AnswerKind.Accomplish => "your goal",
        AnswerKind.ConnectWith => "who could help you",
        _ => "what you could help with",
    };
}
