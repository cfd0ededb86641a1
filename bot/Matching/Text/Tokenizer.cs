using System.Text;

namespace ConnectorBot.Matching.Text;

/// <summary>
/// Splits free text into words: letters and digits only, so punctuation and emoji fall away; hyphens split
/// ("Wi-Fi" → wi fi) and a trailing possessive is dropped ("customer's" → customer).
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string? text)
    {
        List<Token> tokens = [];
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        StringBuilder folded = new();
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            folded.Clear();
            while (i < text.Length && (IsWordChar(text[i]) || IsInnerApostrophe(text, i)))
            {
                if (IsWordChar(text[i]))
                {
                    AccentFolder.AppendFolded(folded, text[i]);
                }
                else
                {
                    folded.Append('\'');
                }

                i++;
            }

            string word = DropPossessive(folded.ToString());
            if (word.Length > 0)
            {
                tokens.Add(new Token(start, i - start, word, Stemmer.Stem(word)));
            }
        }

        return tokens;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsInnerApostrophe(string text, int i) =>
        (text[i] == '\'' || text[i] == '’') && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);

    private static string DropPossessive(string word)
    {
        int apostrophe = word.IndexOf('\'');
        if (apostrophe < 0)
        {
            return word;
        }

        string tail = word[(apostrophe + 1)..];
        // "customer's" → customer; contractions ("I'm", "who's", "don't") keep their head, which is a stop word anyway.
        return tail is "s" or "m" or "re" or "ve" or "ll" or "d" ? word[..apostrophe] : word.Replace("'", string.Empty);
    }
}
