using ConnectorBot.Matching.Text;

namespace ConnectorBot.Matching.Lexicon;

/// <summary>
/// Symmetric-delete spelling correction (one deletion on each side covers a typo, a missing or extra letter, or a
/// swap) towards the lexicon's words. Only long words are corrected: short ones collide with real words too often.
/// </summary>
internal sealed class TypoCorrector
{
    private const int MinLength = 7;
    private readonly Dictionary<string, string?> _byDeletion = new(StringComparer.Ordinal);
    private readonly HashSet<string> _words;

    public TypoCorrector(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words.Where(w => w.Length >= MinLength - 1), StringComparer.Ordinal);
        foreach (string word in _words.Order(StringComparer.Ordinal))
        {
            foreach (string variant in Deletions(word).Append(word))
            {
                // Ambiguous deletions (two lexicon words share them) correct to nothing.
                _byDeletion[variant] = _byDeletion.TryGetValue(variant, out string? existing) && existing != word ? null : word;
            }
        }
    }

    /// <summary>The corrected word's stem, or null when the word is fine or no single correction fits.</summary>
    public string? Correct(string folded)
    {
        if (folded.Length < MinLength || _words.Contains(folded) || StopWords.Contains(folded))
        {
            return null;
        }

        foreach (string variant in Deletions(folded).Prepend(folded))
        {
            if (_byDeletion.TryGetValue(variant, out string? word) && word is not null)
            {
                return Stemmer.Stem(word);
            }
        }

        return null;
    }

    private static IEnumerable<string> Deletions(string word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }
}
