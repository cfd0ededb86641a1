namespace ConnectorBot.Matching.Lexicon;

/// <summary>
/// The reviewed list of terms more than one concept claims (<c>shared-terms.txt</c>, embedded), one a line:
/// <c>term -> concept, concept, …</c>. The order is the order a phrase reports its concepts in, so the offline
/// understanding says the first one's words first, whichever files define them. The tests refuse a term shared
/// without being listed here, so new ambiguity is reviewed.
/// </summary>
public sealed record SharedTerms(IReadOnlyList<SharedTerm> Entries, IReadOnlyList<string> Problems)
{
    public const string FileName = "shared-terms.txt";
    private const string Resource = "ConnectorBot.Matching.Lexicon." + FileName;
    private const string Arrow = "->";

    public static SharedTerms Embedded()
    {
        using var stream = typeof(SharedTerms).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Lexicon resource {Resource} is missing.");
        using StreamReader reader = new(stream);
        return Parse(FileName, reader.ReadToEnd());
    }

    public static SharedTerms Parse(string name, string text)
    {
        List<SharedTerm> entries = [];
        List<string> problems = [];
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var arrow = line.IndexOf(Arrow, StringComparison.Ordinal);
            var term = arrow < 0 ? "" : line[..arrow].Trim();
            string[] concepts = arrow < 0 ? [] : [.. line[(arrow + Arrow.Length)..].Split(',').Select(c => c.Trim())];
            if (term.Length == 0 || concepts.Length < 2 || concepts.Any(c => c.Length == 0) || ConceptLexicon.PhraseKey(term) is null)
            {
                problems.Add($"{name}:{index + 1}: expected \"term -> concept, concept, …\" with a term the lexicon can match and two concepts or more");
                continue;
            }

            entries.Add(new SharedTerm(term, concepts, index + 1));
        }

        return new SharedTerms(entries, problems);
    }
}

/// <summary>A term several concepts share, those concepts in the order its phrase reports them, and its line.</summary>
public sealed record SharedTerm(string Term, IReadOnlyList<string> Concepts, int Line);
