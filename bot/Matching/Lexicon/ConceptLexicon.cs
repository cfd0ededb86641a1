using ConnectorBot.Matching.Text;

namespace ConnectorBot.Matching.Lexicon;

/// <summary>
/// The lexicon of workplace concepts: maps words and phrases ("wi-fi", "wireless coverage", "dead zones")
/// to shared concept ids so paraphrases meet. Lines whose id starts with "_" are idioms that swallow their words
/// without meaning anything ("make numbers stand up" is not about trade-show stands).
/// </summary>
internal sealed class ConceptLexicon
{
    private readonly Dictionary<string, string[]> _phrases;
    private readonly Dictionary<string, int> _longestByFirstStem;
    private readonly TypoCorrector _typos;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _corrections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _phrasesBySpan;
    private readonly Func<string, string> _correct;

    private ConceptLexicon(Dictionary<string, string[]> phrases, int longest, TypoCorrector typos, Dictionary<string, string[]> terms)
    {
        Terms = terms;
        _phrases = phrases;
        _phrasesBySpan = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _correct = folded => typos.Correct(folded) ?? Stemmer.Stem(folded);
        // Most words start no phrase: knowing the longest phrase per first word skips hopeless lookups.
        _longestByFirstStem = new(StringComparer.Ordinal);
        foreach (string key in phrases.Keys.Where(k => !k.StartsWith('=')))
        {
            string[] words = key.Split(' ');
            _longestByFirstStem[words[0]] = Math.Max(_longestByFirstStem.GetValueOrDefault(words[0]), words.Length);
        }

        LongestPhrase = longest;
        _typos = typos;
    }

    public static ConceptLexicon Default { get; } = Load();

    public int LongestPhrase { get; }

    public int PhraseCount => _phrases.Count;

    /// <summary>Each concept's terms as written (first the most common), without exact-form and idiom entries: words to say what a concept is.</summary>
    public IReadOnlyDictionary<string, string[]> Terms { get; }

    /// <summary>Finds concept phrases, longest first and without overlap.</summary>
    public List<ConceptHit> Match(IReadOnlyList<Token> tokens)
    {
        List<ConceptHit> hits = [];
        // Keys are built in scratch space and looked up as spans: most lookups miss, and a string per try was most of the cost.
        Span<char> scratch = stackalloc char[KeyScratch];
        int i = 0;
        while (i < tokens.Count)
        {
            int matched = 0;
            int longest = Math.Max(1, _longestByFirstStem.GetValueOrDefault(tokens[i].Stem));
            for (int length = Math.Min(longest, tokens.Count - i); length >= 1 && matched == 0; length--)
            {
                if (length == 1 && StopWords.Contains(tokens[i].Folded))
                {
                    break;
                }

                if (length == 1 && TryLookup(ExactKey(tokens[i].Folded, scratch), out string[]? exact))
                {
                    foreach (string concept in exact)
                    {
                        hits.Add(new ConceptHit(concept, i, i + 1));
                    }

                    matched = 1;
                    break;
                }

                if (TryLookup(Key(tokens, i, length, scratch), out string[]? concepts))
                {
                    foreach (string concept in concepts)
                    {
                        hits.Add(new ConceptHit(concept, i, i + length));
                    }

                    matched = length;
                }
            }

            i += Math.Max(1, matched);
        }

        return hits;
    }

    /// <summary>A misspelt word's stem, corrected towards the lexicon's vocabulary ("recruitmnet" → recruit).</summary>
    public string CorrectStem(Token token) =>
        _phrases.ContainsKey(token.Stem) || token.Folded.Length < TypoCorrector.MinLength ? token.Stem : _corrections.GetOrAdd(token.Folded, _correct);

    /// <summary>Room for a phrase key; a longer one (pasted noise) is never in the lexicon anyway.</summary>
    private const int KeyScratch = 256;

    private bool TryLookup(ReadOnlySpan<char> key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string[]? concepts)
    {
        concepts = null;
        return key.Length > 0 && _phrasesBySpan.TryGetValue(key, out concepts);
    }

    private static ReadOnlySpan<char> ExactKey(string folded, Span<char> scratch)
    {
        if (folded.Length + 1 > scratch.Length)
        {
            return [];
        }

        scratch[0] = '=';
        folded.CopyTo(scratch[1..]);
        return scratch[..(folded.Length + 1)];
    }

    /// <summary>The stems of tokens [start, start + length) joined by spaces, in <paramref name="scratch"/>; empty when they do not fit.</summary>
    private static ReadOnlySpan<char> Key(IReadOnlyList<Token> tokens, int start, int length, Span<char> scratch)
    {
        int at = 0;
        for (int k = 0; k < length; k++)
        {
            string stem = tokens[start + k].Stem;
            if (at + stem.Length + 1 > scratch.Length)
            {
                return [];
            }

            if (k > 0)
            {
                scratch[at++] = ' ';
            }

            stem.CopyTo(scratch[at..]);
            at += stem.Length;
        }

        return scratch[..at];
    }

    private static ConceptLexicon Load() => Parse(string.Join(
        '\n',
        ConceptLexiconData.Text,
        Data.FunctionsLexicon.Text,
        Data.HealthLexicon.Text,
        Data.TechLexicon.Text,
        Data.FinanceLexicon.Text,
        Data.IndustryLexicon.Text,
        Data.CommerceLexicon.Text,
        Data.PublicLexicon.Text,
        Data.EverydayLexicon.Text,
        Data.RolesLexicon.Text,
        Data.PlainWordsLexicon.Text,
        Data.OperationsLexicon.Text,
        Data.ServicesLexicon.Text,
        Data.MultilingualLexicon.Text,
        Data.GeneralLexicon.Text));

    private static void AddPhrase(Dictionary<string, List<string>> phrases, string key, string concept)
    {
        if (!phrases.TryGetValue(key, out List<string>? list))
        {
            phrases[key] = list = [];
        }

        if (!list.Contains(concept))
        {
            list.Add(concept);
        }
    }

    internal static ConceptLexicon Parse(string text)
    {
        Dictionary<string, List<string>> phrases = new(StringComparer.Ordinal);
        HashSet<string> singleWords = new(StringComparer.Ordinal);
        Dictionary<string, List<string>> terms = new(StringComparer.Ordinal);
        int longest = 1;
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            int colon = line.IndexOf(':');
            if (line.Length == 0 || line[0] == '#' || colon <= 0)
            {
                continue;
            }

            string concept = line[..colon].Trim();
            foreach (string term in line[(colon + 1)..].Split(','))
            {
                // "=word" matches that exact word only, for a word whose stem would also catch an unrelated sense.
                if (term.Trim().StartsWith('='))
                {
                    List<Token> exactTokens = Tokenizer.Tokenize(term);
                    if (exactTokens.Count == 1)
                    {
                        AddPhrase(phrases, "=" + exactTokens[0].Folded, concept);
                    }

                    continue;
                }

                List<Token> tokens = Tokenizer.Tokenize(term);
                if (tokens.Count == 0 || (tokens.Count == 1 && tokens[0].Stem.Length < 2))
                {
                    continue;
                }

                AddPhrase(phrases, string.Join(' ', tokens.Select(t => t.Stem)), concept);
                if (!concept.StartsWith('_'))
                {
                    AddPhrase(terms, concept, term.Trim());
                }

                longest = Math.Max(longest, tokens.Count);
                if (tokens.Count == 1)
                {
                    singleWords.Add(tokens[0].Folded);
                }
            }
        }

        Dictionary<string, string[]> frozen = phrases.ToDictionary(p => p.Key, p => p.Value.Where(c => !c.StartsWith('_')).ToArray(), StringComparer.Ordinal);
        return new ConceptLexicon(frozen, longest, new TypoCorrector(singleWords), terms.ToDictionary(t => t.Key, t => t.Value.ToArray(), StringComparer.Ordinal));
    }
}

/// <summary>A concept found over tokens [Start, End).</summary>
internal readonly record struct ConceptHit(string Concept, int Start, int End);
