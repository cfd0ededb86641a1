namespace ConnectorBot.Matching.Text;

/// <summary>
/// Splits free text into words: letters and digits only, so punctuation and emoji fall away; hyphens split
/// ("Wi-Fi" → wi fi) and a trailing possessive is dropped ("customer's" → customer).
/// </summary>
public static class Tokenizer
{
    /// <summary>Scratch space for the word being read, one per thread.</summary>
    [ThreadStatic]
    private static char[]? t_buffer;

    public static List<Token> Tokenize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        List<Token> tokens = new(Math.Max(4, text.Length / 6));
        var buffer = t_buffer ??= new char[64];
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var length = 0;
            while (i < text.Length && (IsWordChar(text[i]) || IsInnerApostrophe(text, i)))
            {
                if (length + AccentFolder.MaxFoldedLength > buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                    t_buffer = buffer;
                }

                length += IsWordChar(text[i]) ? AccentFolder.Fold(text[i], buffer.AsSpan(length)) : Put(buffer, length, '\'');
                i++;
            }

            var kept = DropPossessive(buffer.AsSpan(0, length));
            if (kept > 0)
            {
                var form = WordForms.Of(buffer.AsSpan(0, kept));
                tokens.Add(new Token(start, i - start, form.Folded, form.Stem));
            }
        }

        return tokens;
    }

    private static int Put(char[] buffer, int at, char c)
    {
        buffer[at] = c;
        return 1;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsInnerApostrophe(string text, int i) =>
        (text[i] == '\'' || text[i] == '’') && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);

    /// <summary>Rewrites the word in place and returns its new length.</summary>
    private static int DropPossessive(Span<char> word)
    {
        var apostrophe = word.IndexOf('\'');
        if (apostrophe < 0)
        {
            return word.Length;
        }

        // "customer's" → customer; contractions ("I'm", "who's", "don't") keep their head, which is a stop word anyway.
        ReadOnlySpan<char> tail = word[(apostrophe + 1)..];
        if (tail is "s" or "m" or "re" or "ve" or "ll" or "d")
        {
            return apostrophe;
        }

        var kept = 0;
        foreach (var c in word)
        {
            if (c != '\'')
            {
                word[kept++] = c;
            }
        }

        return kept;
    }
}
