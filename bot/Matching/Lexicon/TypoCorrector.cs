using ConnectorBot.Matching.Text;

namespace ConnectorBot.Matching.Lexicon;

/// <summary>
/// Spelling correction by one edit (an extra, missing or swapped letter) towards the lexicon's words. Only long words are corrected: short ones collide with real words too often.
/// </summary>
public sealed class TypoCorrector
{
    public const int MinLength = 9;
    private readonly Dictionary<string, string?> _byDeletion = new(StringComparer.Ordinal);
    private readonly HashSet<string> _words;

    public TypoCorrector(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words.Where(w => w.Length >= MinLength - 1), StringComparer.Ordinal);
        foreach (var word in _words.Order(StringComparer.Ordinal))
        {
            foreach (var variant in Deletions(word))
            {
                // Ambiguous deletions (two lexicon words share them) correct to nothing.
                _byDeletion[variant] = _byDeletion.TryGetValue(variant, out var existing) && existing != word ? null : word;
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

        // A letter too many, a letter missing, or two letters swapped. A wrong letter is not corrected: it turns real
        // words into other real words ("protection" → "projection") far more often than it fixes a typo.
        foreach (var shorter in Deletions(folded))
        {
            if (_words.Contains(shorter))
            {
                return Stemmer.Stem(shorter);
            }
        }

        if (_byDeletion.TryGetValue(folded, out var longer) && longer is not null)
        {
            return Stemmer.Stem(longer);
        }

        var letters = folded.ToCharArray();
        for (var i = 0; i + 1 < letters.Length; i++)
        {
            (letters[i], letters[i + 1]) = (letters[i + 1], letters[i]);
            string swapped = new(letters);
            (letters[i], letters[i + 1]) = (letters[i + 1], letters[i]);
            if (_words.Contains(swapped))
            {
                return Stemmer.Stem(swapped);
            }
        }

        return null;
    }

    private static IEnumerable<string> Deletions(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }
}
