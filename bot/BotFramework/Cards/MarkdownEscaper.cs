using System.Text;

namespace ConnectorBot.BotFramework.Cards;

/// <summary>
/// Makes user text show literally where markdown is rendered. Shared by card text and message text,
/// which differ only in how they neutralise HTML (a TextBlock renders none; a Teams message renders some).
/// </summary>
public static class MarkdownEscaper
{
    /// <summary>U+200B: splits "${" and "{{" so neither templating nor DATE/TIME functions see them, invisibly.</summary>
    internal const char ZeroWidthSpace = '\u200B';

    // Markers that mean something anywhere in a line (emphasis, code, links, headings, strikethrough, table cells).
    private const string AlwaysEscaped = "\\`*_[]#~|";

    // Markers that only start a list, rule or setext heading at the beginning of a line.
    private const string LineStartEscaped = "-+=";

    public static string Escape(string text, bool htmlEncode)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var builder = new StringBuilder(source.Length + 16);
        var lineStart = true;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\n')
            {
                builder.Append(c);
                lineStart = true;
                continue;
            }

            // Indentation is dropped: four spaces would make an indented code block, which shows backslashes as typed.
            if (lineStart && c is ' ' or '\t')
            {
                continue;
            }

            if (lineStart)
            {
                lineStart = false;
                if (LineStartEscaped.Contains(c, StringComparison.Ordinal))
                {
                    builder.Append('\\').Append(c);
                    continue;
                }

                if (char.IsAsciiDigit(c))
                {
                    i = AppendOrderedListMarker(source, i, builder) - 1;
                    continue;
                }
            }

            AppendChar(source, i, builder, htmlEncode);
        }

        return builder.ToString();
    }

    // "1. item" and "1) item" start an ordered list: escape the dot or parenthesis after the digits.
    private static int AppendOrderedListMarker(string source, int start, StringBuilder builder)
    {
        var i = start;
        while (i < source.Length && char.IsAsciiDigit(source[i]))
        {
            builder.Append(source[i++]);
        }

        if (i < source.Length && source[i] is '.' or ')')
        {
            builder.Append('\\').Append(source[i++]);
        }

        return i;
    }

    private static void AppendChar(string source, int i, StringBuilder builder, bool htmlEncode)
    {
        var c = source[i];
        var next = i + 1 < source.Length ? source[i + 1] : '\0';
        if (htmlEncode && c is '&' or '<' or '>')
        {
            builder.Append(c switch { '&' => "&amp;", '<' => "&lt;", _ => "&gt;" });
        }
        else if (AlwaysEscaped.Contains(c, StringComparison.Ordinal) || c is '&' or '<' or '>')
        {
            // In a card, a backslash keeps "&lt;" from decoding and "<at>"/"<script>"/"> quote" from being markup.
            builder.Append('\\').Append(c);
        }
        else
        {
            builder.Append(c);
        }

        if ((c == '$' && next == '{') || (c == '{' && next == '{'))
        {
            builder.Append(ZeroWidthSpace);
        }
    }
}
