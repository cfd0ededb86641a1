namespace ConnectorBot.BotFramework.Cards;

/// <summary>
/// User text placed in a Teams message sent with textFormat "markdown", where Teams renders markdown and some HTML:
/// HTML-encoded first, then markdown-escaped, so "&lt;at&gt;" or "**x**" show as typed.
/// </summary>
public static class MarkdownText
{
    /// <summary>Encodes '&amp;', '&lt;', '&gt;' as entities and backslash-escapes markdown; splits "${" and "{{" with U+200B.</summary>
    public static string Escape(string userText) => MarkdownEscaper.Escape(userText ?? string.Empty, htmlEncode: true);

    /// <summary>As <see cref="CardText.Quote"/>, escaped for a markdown message.</summary>
    public static string Quote(string userText, int maxLength = 80) =>
        QuotedPhrase.Wrap(Escape(QuotedPhrase.Pick(userText ?? string.Empty, maxLength)));
}
