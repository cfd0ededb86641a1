using System.Globalization;
using System.Text;

namespace ConnectorBot.BotFramework.Cards;

/// <summary>
/// Picks the short phrase of a member's answer that is quoted back to them ("Got it: “find a mentor”"),
/// and wraps it so right-to-left text cannot reorder the sentence around it.
/// </summary>
public static class QuotedPhrase
{
    private const string Ellipsis = "…";
    private const string SentenceEnds = ".!?。！？؟।";
    private const string FullWidthEnds = "。！？";

    /// <summary>The first line's first sentence, cut at a word (never inside a character or emoji) when longer than maxLength.</summary>
    public static string Pick(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var elements = TextElements(FirstSentence(text));
        if (elements.Count <= maxLength)
        {
            return string.Concat(elements);
        }

        var kept = maxLength - 1;
        var lastSpace = elements.FindLastIndex(kept, kept + 1, e => char.IsWhiteSpace(e[0]));
        if (lastSpace > maxLength / 3)
        {
            kept = lastSpace;
        }

        return string.Concat(elements.Take(kept)).TrimEnd().TrimEnd(',', ';', ':', '-', '—') + Ellipsis;
    }

    /// <summary>Curly quotes outside (they belong to the surrounding sentence), first-strong isolate inside.</summary>
    public static string Wrap(string escapedPhrase) =>
        escapedPhrase.Length == 0 ? string.Empty : "“\u2068" + escapedPhrase + "\u2069”";

    private static string FirstSentence(string text)
    {
        var line = text.Trim().Split('\n', 2)[0];
        var collapsed = string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var sentence = new StringBuilder(collapsed.Length);
        for (var i = 0; i < collapsed.Length; i++)
        {
            var c = collapsed[i];
            sentence.Append(c);
            var next = i + 1 < collapsed.Length ? collapsed[i + 1] : ' ';
            var ends = SentenceEnds.Contains(c, StringComparison.Ordinal) && !SentenceEnds.Contains(next, StringComparison.Ordinal);
            if (ends && (next == ' ' || FullWidthEnds.Contains(c, StringComparison.Ordinal)) && sentence.Length > 1)
            {
                break;
            }
        }

        // A lone closing full stop reads oddly inside quotes; "?" and "!" carry meaning and stay.
        var result = sentence.ToString();
        return result.Length > 1 && result[^1] is '.' or '。' && result[^2] != '.' ? result[..^1] : result;
    }

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>(text.Length);
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }
}
