using System.Text.RegularExpressions;

using ConnectorBot.Matching.Text;

namespace ConnectorBot.Matching.Lexicon;

/// <summary>
/// One file of the concept lexicon (<c>Concepts/*.txt</c>, embedded in the assembly), grouped by domain. Syntax:
/// <list type="bullet">
/// <item><c>id: term, term, …</c> defines a concept; an indented line right below adds more terms to it.</item>
/// <item>Terms are folded and stemmed at load time, so they are written naturally; several words match as a phrase.</item>
/// <item><c>=word</c> matches that exact word only, for a word whose stem would also catch an unrelated sense
/// (foreign words the English stemmer would fold onto English ones).</item>
/// <item>An id starting with <c>_</c> is an idiom: its phrases swallow their words without meaning anything.</item>
/// <item>Lines starting with <c>#</c> are comments.</item>
/// </list>
/// Anything else is refused with its file and line, so a typo cannot silently drop terms.
/// </summary>
public sealed partial record ConceptFile(string Name, IReadOnlyList<ConceptDefinition> Definitions, IReadOnlyList<string> Problems)
{
    private const string ResourcePrefix = "ConnectorBot.Matching.Lexicon.Concepts.";
    private const string Extension = ".txt";

    /// <summary>The files shipped in the assembly, by name: the order concepts sharing a phrase are reported in.</summary>
    public static IReadOnlyList<ConceptFile> Embedded()
    {
        var assembly = typeof(ConceptFile).Assembly;
        List<ConceptFile> files = [];
        foreach (var resource in assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(Extension, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Lexicon resource {resource} is missing.");
            using StreamReader reader = new(stream);
            files.Add(Parse("Concepts/" + resource[ResourcePrefix.Length..], reader.ReadToEnd()));
        }

        return files;
    }

    public static ConceptFile Parse(string name, string text)
    {
        List<ConceptDefinition> definitions = [];
        List<string> problems = [];
        ConceptDefinition? current = null;
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var number = index + 1;
            var line = lines[index].TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                // A blank line or comment ends a definition: an indented line after it would belong to nothing visible.
                current = null;
                continue;
            }

            if (char.IsWhiteSpace(line[0]))
            {
                if (current is null)
                {
                    problems.Add($"{name}:{number}: an indented line continues a definition, but none is right above it");
                    continue;
                }

                AddTerms(current, trimmed, number, name, problems);
                continue;
            }

            var colon = line.IndexOf(':');
            var id = colon < 0 ? "" : line[..colon].Trim();
            if (!ConceptId().IsMatch(id))
            {
                problems.Add($"{name}:{number}: expected \"id: term, term, …\" with an id of lower-case letters, digits and _");
                current = null;
                continue;
            }

            current = new ConceptDefinition(id, name, number, []);
            definitions.Add(current);
            AddTerms(current, line[(colon + 1)..], number, name, problems);
        }

        return new ConceptFile(name, definitions, problems);
    }

    private static void AddTerms(ConceptDefinition definition, string list, int number, string name, List<string> problems)
    {
        foreach (var raw in list.Split(','))
        {
            var term = raw.Trim();
            var problem = term switch
            {
                "" => "an empty term (two commas, or a comma at the end)",
                ['=', ..] when Tokenizer.Tokenize(term).Count != 1 => $"\"{term}\": an =exact term is one word",
                ['=', ..] => null,
                _ when !ConceptLexicon.Matches(Tokenizer.Tokenize(term)) => $"\"{term}\" has no word the lexicon can match",
                _ => null,
            };
            if (problem is null)
            {
                definition.Terms.Add(new ConceptTerm(term, number));
            }
            else
            {
                problems.Add($"{name}:{number}: {definition.Concept}: {problem}");
            }
        }
    }

    [GeneratedRegex("^_?[a-z0-9]+(_[a-z0-9]+)*$")]
    private static partial Regex ConceptId();
}

/// <summary>A concept's terms as one file defines them, in the order written (first the most common).</summary>
public sealed record ConceptDefinition(string Concept, string File, int Line, List<ConceptTerm> Terms);

/// <summary>A term as written, and the line it is on.</summary>
public readonly record struct ConceptTerm(string Text, int Line);
