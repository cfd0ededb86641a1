namespace ConnectorBot.BotFramework.Cards;

/// <summary>
/// User text placed in an Adaptive Card TextBlock or FactSet, which render a markdown subset and
/// {{DATE()}}/{{TIME()}} functions (and ${…} when a card is used as a template): shown literally, never as markup.
/// </summary>
public static class CardText
{
    /// <summary>Backslash-escapes markdown and '&lt;', '&gt;', '&amp;'; splits "${" and "{{" with an invisible U+200B. Emoji, CJK and RTL pass untouched.</summary>
    public static string Escape(string userText) => MarkdownEscaper.Escape(userText ?? string.Empty, htmlEncode: false);

    /// <summary>
    /// A short phrase of the text (its first sentence, cut at a word with "…" past maxLength text elements), escaped,
    /// in curly quotes around a Unicode isolate (U+2068…U+2069). Empty when the text is blank.
    /// </summary>
    public static string Quote(string userText, int maxLength = 80) =>
        QuotedPhrase.Wrap(Escape(QuotedPhrase.Pick(userText ?? string.Empty, maxLength)));
}
