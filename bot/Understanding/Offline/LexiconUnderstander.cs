using ConnectorBot.Matching.Lexicon;
using ConnectorBot.Matching.Text;

namespace ConnectorBot.Understanding.Offline;

/// <summary>
/// The offline understanding: the lexicon's concepts an answer names (other languages through the multilingual entries),
/// said in their everyday English terms. The answer itself is kept as its plain text: nothing offline can translate it.
/// </summary>
public sealed class LexiconUnderstander : IAnswerUnderstander
{
    // Terms said per concept, and in all: enough to name a concept, too few to drown the member's own words.
    private const int TermsPerConcept = 3;

    private readonly ConceptLexicon _lexicon = ConceptLexicon.Default;

    public string Source => "lexicon";

    public string Version => "lexicon-1";

    public Task<Understood> UnderstandAsync(AnswerToUnderstand answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var tokens = Tokenizer.Tokenize(answer.Text);
        var said = new HashSet<string>(tokens.Select(t => t.Stem), StringComparer.Ordinal);
        var words = new List<string>();
        foreach (var concept in _lexicon.Match(tokens).Select(h => h.Concept).Distinct(StringComparer.Ordinal))
        {
            if (!_lexicon.Terms.TryGetValue(concept, out var terms))
            {
                continue;
            }

            // Terms that add something: not already said in the answer, nor by an earlier concept.
            foreach (var term in terms.Where(t => !Tokenizer.Tokenize(t).All(w => said.Contains(w.Stem))).Take(TermsPerConcept))
            {
                words.Add(term);
                foreach (var token in Tokenizer.Tokenize(term))
                {
                    said.Add(token.Stem);
                }
            }

            if (words.Count >= Understood.MaxWords)
            {
                break;
            }
        }

        return Task.FromResult(new Understood(answer.Text, [.. words.Take(Understood.MaxWords)], Source, Version));
    }
}
