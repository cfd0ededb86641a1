using System.Globalization;

namespace ConnectorBot.Interview;

public enum AnswerProblem
{
    None,
    Empty,
    NoWords,
    TooLong,
}

/// <summary>Decides whether typed text can be kept as an answer. Markup, template syntax and RTL text are fine: stored intact, shown escaped.</summary>
public static class AnswerCheck
{
    public static (AnswerProblem Problem, int Length) Check(string text, int maxLength)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return (AnswerProblem.Empty, 0);
        }

        var length = new StringInfo(trimmed).LengthInTextElements;
        if (length > maxLength)
        {
            return (AnswerProblem.TooLong, length);
        }

        // Emoji, symbols and punctuation alone say nothing a matcher can use.
        return trimmed.Any(char.IsLetterOrDigit) ? (AnswerProblem.None, length) : (AnswerProblem.NoWords, length);
    }

    /// <summary>
    /// The longest start of <paramref name="text"/> of at most <paramref name="maxChars"/> UTF-16 chars that ends on a
    /// whole text element, so an emoji or accented letter is never cut in half; the text itself when it fits.
    /// </summary>
    public static string Prefix(string text, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxChars)
        {
            return text;
        }

        var end = 0;
        while (end < text.Length)
        {
            var next = end + StringInfo.GetNextTextElementLength(text.AsSpan(end));
            if (next > maxChars)
            {
                break;
            }

            end = next;
        }

        return text[..end];
    }
}
