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
    public void Every_file_reads_without_problems()
    {
        Assert.True(Files.Count > 1, "no lexicon files are embedded");
        Assert.All(Files, f => Assert.NotEmpty(f.Definitions));
        NoProblems(Files.SelectMany(f => f.Problems).Concat(SharedTerms.Embedded().Problems));
    }

    [Fact]
    public void Every_concept_is_defined_once()
    {
        // One place per concept: its jargon, plain words, role titles and other languages together.
        var repeated = Definitions.GroupBy(d => d.Concept, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(d => $"{d.File}:{d.Line}"))}");
        NoProblems(repeated);
    }

    [Fact]
    public void No_concept_lists_a_term_twice()
    {
        var twice = Definitions.SelectMany(d => d.Terms.GroupBy(t => t.Text, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"{At(d, g.Last())}: {d.Concept} lists \"{g.Key}\" again"));
        NoProblems(twice);
    }

    [Fact]
    public void A_term_several_concepts_share_is_on_the_reviewed_list()
    {
        Dictionary<string, (string Where, string Term, HashSet<string> Concepts)> byKey = new(StringComparer.Ordinal);
        foreach (var d in Definitions)
        {
            foreach (var t in d.Terms)
            {
                var key = ConceptLexicon.PhraseKey(t.Text)!;
                if (!byKey.TryGetValue(key, out var entry))
                {
                    byKey[key] = entry = (At(d, t), t.Text, new HashSet<string>(StringComparer.Ordinal));
                }

                entry.Concepts.Add(d.Concept);
            }
        }

        List<string> problems = [];
        Dictionary<string, SharedTerm> listed = new(StringComparer.Ordinal);
        foreach (var entry in SharedTerms.Embedded().Entries)
        {
            var key = ConceptLexicon.PhraseKey(entry.Term)!;
            var line = $"{SharedTerms.FileName}:{entry.Line}";
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
    public void Every_concept_has_words_to_be_said_by()
    {
        // The offline understanding says a concept by its terms: one known only by =exact words could be found, never said.
        var unsaid = Definitions.Where(d => !d.Concept.StartsWith('_') && !ConceptLexicon.Default.Terms.ContainsKey(d.Concept)).Select(d => $"{d.File}:{d.Line}: {d.Concept}");
        NoProblems(unsaid);
    }

    [Fact]
    public void Every_file_in_the_concepts_folder_is_shipped()
    {
        var folder = Path.Combine(RepositoryRoot(), "bot", "Matching", "Lexicon", "Concepts");
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
    public void Unknown_syntax_is_refused_with_its_file_and_line(string text, string problem)
    {
        var file = ConceptFile.Parse("Concepts/test.txt", text);
        Assert.Contains(file.Problems, p => p.StartsWith("Concepts/test.txt:" + problem, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("pilot", "1: expected \"term -> concept")]
    [InlineData("pilot -> aviation", "1: expected \"term -> concept")]
    [InlineData("pilot -> aviation,", "1: expected \"term -> concept")]
    [InlineData("# reviewed\nc# -> software, sw_backend_lang", "2: expected \"term -> concept")]
    public void A_malformed_shared_term_is_refused_with_its_line(string text, string problem)
    {
        var shared = SharedTerms.Parse("shared-terms.txt", text);
        Assert.Contains(shared.Problems, p => p.StartsWith("shared-terms.txt:" + problem, StringComparison.Ordinal));
    }

    private static ConceptLexicon Lexicon(string text, string shared = "")
    {
        var file = ConceptFile.Parse("Concepts/test.txt", text);
        Assert.Empty(file.Problems);
        return ConceptLexicon.Build(file.Definitions, SharedTerms.Parse("shared-terms.txt", shared).Entries);
    }

    private static List<string> Concepts(ConceptLexicon lexicon, string text) => [.. lexicon.Match(Tokenizer.Tokenize(text)).Select(h => h.Concept)];

    [Fact]
    public void An_indented_line_adds_terms_to_the_concept_above()
    {
        var lexicon = Lexicon("# comment\nwireless: wifi, dead zones\n    signal strength, 1:1s\nnetwork: vpn\n");
        Assert.Equal(["wireless"], Concepts(lexicon, "weak signal strength"));
        Assert.Equal(["wireless"], Concepts(lexicon, "the dead zone upstairs"));
        Assert.Equal(["network"], Concepts(lexicon, "our VPN"));
        Assert.Equal(["wifi", "dead zones", "signal strength", "1:1s"], lexicon.Terms["wireless"]);
    }

    [Fact]
    public void An_exact_term_matches_only_that_word()
    {
        var lexicon = Lexicon("events: event, =evenements\n");
        Assert.Equal(["events"], Concepts(lexicon, "organiser des evenements"));
        Assert.Empty(Concepts(lexicon, "evening shifts"));
        Assert.Equal(["event"], lexicon.Terms["events"]);
    }

    [Fact]
    public void An_idiom_swallows_its_words_without_meaning_a_concept()
    {
        var lexicon = Lexicon("_idiom: make sense\nsensory: sense, sensory panel\n");
        Assert.Empty(Concepts(lexicon, "help me make sense of it"));
        Assert.Equal(["sensory"], Concepts(lexicon, "a sense of taste"));
        Assert.False(lexicon.Terms.ContainsKey("_idiom"));
    }

    [Fact]
    public void A_shared_phrase_reports_its_concepts_in_the_reviewed_order()
    {
        const string text = "aviation: pilot, airline\nchange_management: pilot, rollout\n";
        Assert.Equal(["aviation", "change_management"], Concepts(Lexicon(text), "a pilot"));
        Assert.Equal(["change_management", "aviation"], Concepts(Lexicon(text, "pilots -> change_management, aviation"), "a pilot"));
    }

    [Fact]
    public void The_shipped_lexicon_finds_jargon_foreign_words_and_idioms()
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
