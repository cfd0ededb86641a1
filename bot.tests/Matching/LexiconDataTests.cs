using ConnectorBot.Matching.Lexicon;
using ConnectorBot.Matching.Text;

namespace ConnectorBot.Tests.Matching;

/// <summary>The lexicon's data files (Matching/Lexicon/Concepts/*.txt and shared-terms.txt) read cleanly and stay reviewable.</summary>
public class LexiconDataTests
{
    private static readonly IReadOnlyList<ConceptFile> Files = ConceptFile.Embedded();

    private static IEnumerable<ConceptDefinition> Definitions => Files.SelectMany(f => f.Definitions);

    private static string At(ConceptDefinition d, ConceptTerm t) => $"{d.File}:{t.Line}";

    /// <summary>Fails with every problem in full, each with its file and line (Assert.Empty would cut them short).</summary>
    private static void NoProblems(IEnumerable<string> problems)
    {
        List<string> all = [.. problems];
        Assert.True(all.Count == 0, string.Join(Environment.NewLine, all));
    }

    [Fact]
    public void EveryFileReadsWithoutProblems()
    {
        Assert.True(Files.Count > 1, "no lexicon files are embedded");
        Assert.All(Files, f => Assert.NotEmpty(f.Definitions));
        NoProblems(Files.SelectMany(f => f.Problems).Concat(SharedTerms.Embedded().Problems));
    }

    [Fact]
    public void EveryConceptIsDefinedOnce()
    {
        // One place per concept: its jargon, plain words, role titles and other languages together.
        var repeated = Definitions.GroupBy(d => d.Concept, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(d => $"{d.File}:{d.Line}"))}");
        NoProblems(repeated);
    }

    [Fact]
    public void NoConceptListsATermTwice()
    {
        var twice = Definitions.SelectMany(d => d.Terms.GroupBy(t => t.Text, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"{At(d, g.Last())}: {d.Concept} lists \"{g.Key}\" again"));
        NoProblems(twice);
    }

    [Fact]
    public void ATermSeveralConceptsShareIsOnTheReviewedList()
    {
        Dictionary<string, (string Where, string Term, HashSet<string> Concepts)> byKey = new(StringComparer.Ordinal);
        foreach (ConceptDefinition d in Definitions)
        {
            foreach (ConceptTerm t in d.Terms)
            {
                string key = ConceptLexicon.PhraseKey(t.Text)!;
                if (!byKey.TryGetValue(key, out var entry))
                {
                    byKey[key] = entry = (At(d, t), t.Text, new HashSet<string>(StringComparer.Ordinal));
                }

                entry.Concepts.Add(d.Concept);
            }
        }

        List<string> problems = [];
        Dictionary<string, SharedTerm> listed = new(StringComparer.Ordinal);
        foreach (SharedTerm entry in SharedTerms.Embedded().Entries)
        {
            string key = ConceptLexicon.PhraseKey(entry.Term)!;
            string line = $"{SharedTerms.FileName}:{entry.Line}";
            if (!listed.TryAdd(key, entry))
            {
                problems.Add($"{line}: \"{entry.Term}\" is the same phrase as \"{listed[key].Term}\" on line {listed[key].Line}");
            }
            else if (!byKey.TryGetValue(key, out var found) || !found.Concepts.SetEquals(entry.Concepts) || entry.Concepts.Distinct().Count() != entry.Concepts.Count)
            {
                problems.Add($"{line}: \"{entry.Term}\" is listed for {string.Join(", ", entry.Concepts)}; the files give it to {(found.Concepts is null ? "none" : string.Join(", ", found.Concepts.Order(StringComparer.Ordinal)))}");
            }
        }

        foreach (var (key, (where, term, concepts)) in byKey.Where(p => p.Value.Concepts.Count > 1 && !listed.ContainsKey(p.Key)))
        {
            problems.Add($"{where}: \"{term}\" is shared by {string.Join(", ", concepts.Order(StringComparer.Ordinal))}: review it and list it in {SharedTerms.FileName}");
        }

        NoProblems(problems);
    }

    [Fact]
    public void EveryConceptHasWordsToBeSaidBy()
    {
        // The offline understanding says a concept by its terms: one known only by =exact words could be found, never said.
        var unsaid = Definitions.Where(d => !d.Concept.StartsWith('_') && !ConceptLexicon.Default.Terms.ContainsKey(d.Concept)).Select(d => $"{d.File}:{d.Line}: {d.Concept}");
        NoProblems(unsaid);
    }

    [Fact]
    public void EveryFileInTheConceptsFolderIsShipped()
    {
        string folder = Path.Combine(RepositoryRoot(), "bot", "Matching", "Lexicon", "Concepts");
        var onDisk = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(p => "Concepts/" + Path.GetRelativePath(folder, p).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(onDisk, Files.Select(f => f.Name));
    }

    [Theory]
    [InlineData("# header\nwireless wifi", "2: expected \"id: term")]
    [InlineData("Wireless: wifi", "1: expected \"id: term")]
    [InlineData("wire less: wifi", "1: expected \"id: term")]
    [InlineData("wireless: wifi,, router", "1: wireless: an empty term")]
    [InlineData("wireless: wifi,", "1: wireless: an empty term")]
    [InlineData("wireless:", "1: wireless: an empty term")]
    [InlineData("wireless: wifi, =access point", "1: wireless: \"=access point\": an =exact term is one word")]
    [InlineData("languages: c#, java", "1: languages: \"c#\" has no word the lexicon can match")]
    [InlineData("wireless: wifi\n\n    router", "3: an indented line continues a definition")]
    [InlineData("  router", "1: an indented line continues a definition")]
    public void UnknownSyntaxIsRefusedWithItsFileAndLine(string text, string problem)
    {
        ConceptFile file = ConceptFile.Parse("Concepts/test.txt", text);
        Assert.Contains(file.Problems, p => p.StartsWith("Concepts/test.txt:" + problem, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("pilot", "1: expected \"term -> concept")]
    [InlineData("pilot -> aviation", "1: expected \"term -> concept")]
    [InlineData("pilot -> aviation,", "1: expected \"term -> concept")]
    [InlineData("# reviewed\nc# -> software, sw_backend_lang", "2: expected \"term -> concept")]
    public void AMalformedSharedTermIsRefusedWithItsLine(string text, string problem)
    {
        SharedTerms shared = SharedTerms.Parse("shared-terms.txt", text);
        Assert.Contains(shared.Problems, p => p.StartsWith("shared-terms.txt:" + problem, StringComparison.Ordinal));
    }

    private static ConceptLexicon Lexicon(string text, string shared = "")
    {
        ConceptFile file = ConceptFile.Parse("Concepts/test.txt", text);
        Assert.Empty(file.Problems);
        return ConceptLexicon.Build(file.Definitions, SharedTerms.Parse("shared-terms.txt", shared).Entries);
    }

    private static List<string> Concepts(ConceptLexicon lexicon, string text) => [.. lexicon.Match(Tokenizer.Tokenize(text)).Select(h => h.Concept)];

    [Fact]
    public void AnIndentedLineAddsTermsToTheConceptAbove()
    {
        ConceptLexicon lexicon = Lexicon("# comment\nwireless: wifi, dead zones\n    signal strength, 1:1s\nnetwork: vpn\n");
        Assert.Equal(["wireless"], Concepts(lexicon, "weak signal strength"));
        Assert.Equal(["wireless"], Concepts(lexicon, "the dead zone upstairs"));
        Assert.Equal(["network"], Concepts(lexicon, "our VPN"));
        Assert.Equal(["wifi", "dead zones", "signal strength", "1:1s"], lexicon.Terms["wireless"]);
    }

    [Fact]
    public void AnExactTermMatchesOnlyThatWord()
    {
        ConceptLexicon lexicon = Lexicon("events: event, =evenements\n");
        Assert.Equal(["events"], Concepts(lexicon, "organiser des evenements"));
        Assert.Empty(Concepts(lexicon, "evening shifts"));
        Assert.Equal(["event"], lexicon.Terms["events"]);
    }

    [Fact]
    public void AnIdiomSwallowsItsWordsWithoutMeaningAConcept()
    {
        ConceptLexicon lexicon = Lexicon("_idiom: make sense\nsensory: sense, sensory panel\n");
        Assert.Empty(Concepts(lexicon, "help me make sense of it"));
        Assert.Equal(["sensory"], Concepts(lexicon, "a sense of taste"));
        Assert.False(lexicon.Terms.ContainsKey("_idiom"));
    }

    [Fact]
    public void ASharedPhraseReportsItsConceptsInTheReviewedOrder()
    {
        const string text = "aviation: pilot, airline\nchange_management: pilot, rollout\n";
        Assert.Equal(["aviation", "change_management"], Concepts(Lexicon(text), "a pilot"));
        Assert.Equal(["change_management", "aviation"], Concepts(Lexicon(text, "pilots -> change_management, aviation"), "a pilot"));
    }

    [Fact]
    public void TheShippedLexiconFindsJargonForeignWordsAndIdioms()
    {
        Assert.Contains("wireless", Concepts(ConceptLexicon.Default, "we have dead zones in the warehouse wifi"));
        Assert.Contains("sales", Concepts(ConceptLexicon.Default, "responsable de ventas"));
        Assert.Contains("hc_infection", Concepts(ConceptLexicon.Default, "reducing C. diff on the ward"));
        Assert.Empty(Concepts(ConceptLexicon.Default, "it finally makes sense"));
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConnectorBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ConnectorBot.sln not found above " + AppContext.BaseDirectory);
    }
}
