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
}
