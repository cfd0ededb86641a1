using ConnectorBot.Matching.Lexicon;
using ConnectorBot.Matching.Text;

namespace ConnectorBot.Understanding.Offline;

/// <summary>
/// The offline understanding: the lexicon's concepts an answer names (other languages through the multilingual entries)
/// and, through the sentence model, the concepts it means without naming them, said in their everyday English terms.
/// The answer itself is kept as its plain text: nothing offline can translate it.
/// </summary>
public sealed class LexiconUnderstander(ConceptMeanings? meanings) : IAnswerUnderstander
{
    // Terms said per concept: enough to name a concept, too few to drown the member's own words.
    private const int TermsPerConcept = 3;

    // The nearest concept by meaning is said only when it is this close (mean cosine over the models) and the answer names
    // no concept itself: on the dev sets, concepts added by meaning next to named ones lowered precision, and below this
    // closeness the nearest concept was as often a neighbour's field ("bank lending" for "lend you a pressure washer").
    private const double MeaningThreshold = 0.55;

    private readonly ConceptLexicon _lexicon = ConceptLexicon.Default;

    /// <summary>The source stored with offline understandings.</summary>
    public const string SourceName = "lexicon";

    public string Source => SourceName;

    public string Version => meanings is null ? "lexicon-1" : "lexicon-1+meaning-1";

    public async Task<Understood> UnderstandAsync(AnswerToUnderstand answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var tokens = Tokenizer.Tokenize(answer.Text);
        var concepts = _lexicon.Match(tokens).Select(h => h.Concept).ToList();
        if (meanings is not null && tokens.Count > 0 && concepts.Count == 0)
        {
            var nearest = await meanings.NearestAsync(answer.Text, 1, cancellationToken);
            concepts.AddRange(nearest.Where(n => n.Similarity >= MeaningThreshold).Select(n => n.Concept));
        }

        var said = new HashSet<string>(tokens.Select(t => t.Stem), StringComparer.Ordinal);
        var words = new List<string>();
        foreach (var concept in concepts.Distinct(StringComparer.Ordinal))
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

        return new Understood(answer.Text, [.. words.Take(Understood.MaxWords)], Source, Version);
    }
}
