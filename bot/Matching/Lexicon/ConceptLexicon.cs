using ConnectorBot.Matching.Text;

namespace ConnectorBot.Matching.Lexicon;

/// <summary>
/// The lexicon of workplace concepts: maps words and phrases ("wi-fi", "wireless coverage", "dead zones")
/// to shared concept ids so paraphrases meet. Lines whose id starts with "_" are idioms that swallow their words
/// without meaning anything ("make numbers stand up" is not about trade-show stands).
/// </summary>
public sealed class ConceptLexicon
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
        foreach (var key in phrases.Keys.Where(k => !k.StartsWith('=')))
        {
            var words = key.Split(' ');
            _longestByFirstStem[words[0]] = Math.Max(_longestByFirstStem.GetValueOrDefault(words[0]), words.Length);
        }

        LongestPhrase = longest;
        _typos = typos;
    }

    public static ConceptLexicon Default { get; } = Load();

    public int LongestPhrase { get; }

    /// <summary>Each concept's terms as written (first the most common), without exact-form and idiom entries: words to say what a concept is.</summary>
    public IReadOnlyDictionary<string, string[]> Terms { get; }

    /// <summary>Finds concept phrases, longest first and without overlap.</summary>
    public List<ConceptHit> Match(IReadOnlyList<Token> tokens)
    {
        List<ConceptHit> hits = [];
        // Keys are built in scratch space and looked up as spans: most lookups miss, and a string per try was most of the cost.
        Span<char> scratch = stackalloc char[KeyScratch];
        var i = 0;
        while (i < tokens.Count)
        {
            var matched = 0;
            var longest = Math.Max(1, _longestByFirstStem.GetValueOrDefault(tokens[i].Stem));
            for (var length = Math.Min(longest, tokens.Count - i); length >= 1 && matched == 0; length--)
            {
                if (length == 1 && StopWords.Contains(tokens[i].Folded))
                {
                    break;
                }

                if (length == 1 && TryLookup(ExactKey(tokens[i].Folded, scratch), out var exact))
                {
                    foreach (var concept in exact)
                    {
                        hits.Add(new ConceptHit(concept, i, i + 1));
                    }

                    matched = 1;
                    break;
                }

                if (TryLookup(Key(tokens, i, length, scratch), out var concepts))
                {
                    foreach (var concept in concepts)
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
        var at = 0;
        for (var k = 0; k < length; k++)
        {
            var stem = tokens[start + k].Stem;
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

    /// <summary>The lexicon shipped in the assembly; a file it cannot read stops the bot (the tests read every file first).</summary>
    private static ConceptLexicon Load()
    {
        var files = ConceptFile.Embedded();
        var shared = SharedTerms.Embedded();
        List<string> problems = [.. files.SelectMany(f => f.Problems), .. shared.Problems];
        if (files.Count == 0 || problems.Count > 0)
        {
            throw new InvalidDataException(files.Count == 0 ? "The concept lexicon has no files." : string.Join(Environment.NewLine, problems));
        }

        return Build(files.SelectMany(f => f.Definitions), shared.Entries);
    }

    /// <summary>Whether a term's tokens make a phrase: a lone letter ("r") would match everywhere, so it makes none.</summary>
    internal static bool Matches(List<Token> tokens) => tokens.Count > 1 || (tokens.Count == 1 && tokens[0].Stem.Length >= 2);

    /// <summary>The key a term is looked up by: its stems joined by spaces, "=" and the folded word for an exact term; null when it makes none.</summary>
    internal static string? PhraseKey(string term)
    {
        var tokens = Tokenizer.Tokenize(term);
        if (term.TrimStart().StartsWith('='))
        {
            // "=word" matches that exact word only, for a word whose stem would also catch an unrelated sense.
            return tokens.Count == 1 ? "=" + tokens[0].Folded : null;
        }

        return Matches(tokens) ? string.Join(' ', tokens.Select(t => t.Stem)) : null;
    }

    private static void AddPhrase(Dictionary<string, List<string>> phrases, string key, string concept)
    {
        if (!phrases.TryGetValue(key, out var list))
        {
            phrases[key] = list = [];
        }

        if (!list.Contains(concept))
        {
            list.Add(concept);
        }
    }

    /// <summary>
    /// The lexicon of these definitions. A phrase several concepts share reports them in the order <paramref name="shared"/>
    /// lists them when it lists exactly those concepts, else in the order defined (the tests require the list to be complete).
    /// </summary>
    internal static ConceptLexicon Build(IEnumerable<ConceptDefinition> definitions, IEnumerable<SharedTerm> shared)
    {
        Dictionary<string, List<string>> phrases = new(StringComparer.Ordinal);
        HashSet<string> singleWords = new(StringComparer.Ordinal);
        Dictionary<string, List<string>> terms = new(StringComparer.Ordinal);
        var longest = 1;
        foreach (var definition in definitions)
        {
            var concept = definition.Concept;
            foreach (var term in definition.Terms)
            {
                var tokens = Tokenizer.Tokenize(term.Text);
                var key = PhraseKey(term.Text);
                if (key is null)
                {
                    continue;
                }

                AddPhrase(phrases, key, concept);
                if (key[0] == '=')
                {
                    continue;
                }

                if (!concept.StartsWith('_'))
                {
                    AddPhrase(terms, concept, term.Text);
                }

                longest = Math.Max(longest, tokens.Count);
                if (tokens.Count == 1)
                {
                    singleWords.Add(tokens[0].Folded);
                }
            }
        }

        foreach (var entry in shared)
        {
            if (PhraseKey(entry.Term) is { } key && phrases.TryGetValue(key, out var concepts) && concepts.ToHashSet(StringComparer.Ordinal).SetEquals(entry.Concepts))
            {
                phrases[key] = [.. entry.Concepts];
            }
        }

        var frozen = phrases.ToDictionary(p => p.Key, p => p.Value.Where(c => !c.StartsWith('_')).ToArray(), StringComparer.Ordinal);
        return new ConceptLexicon(frozen, longest, new TypoCorrector(singleWords), terms.ToDictionary(t => t.Key, t => t.Value.ToArray(), StringComparer.Ordinal));
    }
}

/// <summary>A concept found over tokens [Start, End).</summary>
public readonly record struct ConceptHit(string Concept, int Start, int End);
