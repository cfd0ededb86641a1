using System.Globalization;
using System.Text;

namespace ConnectorBot.Tests.BotFramework.Cards;

/// <summary>What a CommonMark renderer does to escaped text, reduced to what the tests need: undo it exactly.</summary>
internal static class EscapeAssertions
{
    /// <summary>Drops each backslash before ASCII punctuation and every U+200B (CommonMark's escapes, our zero-width splits).</summary>
    public static string Unescape(string escaped)
    {
        var builder = new StringBuilder(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '\\' && i + 1 < escaped.Length && char.IsAsciiLetterOrDigit(escaped[i + 1]) is false && escaped[i + 1] < 128 && !char.IsWhiteSpace(escaped[i + 1]))
            {
                builder.Append(escaped[++i]);
            }
            else if (escaped[i] != '\u200B')
            {
                builder.Append(escaped[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Every markdown marker in the output is preceded by a backslash (so none can open emphasis, code or a link).</summary>
    public static void AssertNoBareMarkers(string escaped, string markers)
    {
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '\\')
            {
                i++;
                continue;
            }

            Assert.False(markers.Contains(escaped[i], StringComparison.Ordinal), $"Bare '{escaped[i]}' at {i} in: {escaped}");
        }
    }

    /// <summary>No lone UTF-16 surrogate: an emoji was never cut in half.</summary>
    public static void AssertWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                Assert.True(i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]), $"Lone high surrogate at {i}");
                i++;
            }
            else
            {
                Assert.False(char.IsLowSurrogate(text[i]), $"Lone low surrogate at {i}");
            }
        }
    }

    public static int TextElementCount(string text) => new StringInfo(text).LengthInTextElements;
}
