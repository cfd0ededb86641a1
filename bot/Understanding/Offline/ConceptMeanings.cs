using System.Numerics.Tensors;

using ConnectorBot.Matching.Lexicon;

using Microsoft.Extensions.AI;

namespace ConnectorBot.Understanding.Offline;

/// <summary>
/// The lexicon's concepts as sentence vectors (each concept said by its first terms), so an answer finds the concepts
/// it means even when it names none of their phrases. Embedded once per process, on first use (a few seconds).
/// </summary>
public sealed class ConceptMeanings(IEmbeddingGenerator<string, Embedding<float>> generator, int parts)
{
    // Terms that say what a concept is; more blur it, fewer miss its everyday sense.
    internal const int TermsPerText = 8;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private Table? _table;

    /// <summary>The concepts closest to <paramref name="text"/>, best first, with their similarity (mean cosine over the models).</summary>
    public async Task<IReadOnlyList<(string Concept, float Similarity)>> NearestAsync(string text, int count, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var embedded = await generator.GenerateAsync([text], Embeddings.Local.LocalSentenceEmbeddings.QueryOptions, cancellationToken);
        var query = Normalised(embedded[0].Vector.ToArray());
        var scores = new (string, float)[table.Concepts.Length];
        for (var c = 0; c < table.Concepts.Length; c++)
        {
            scores[c] = (table.Concepts[c], TensorPrimitives.Dot(query.AsSpan(), table.Vectors[c].AsSpan()) / parts);
        }

        return [.. scores.OrderByDescending(s => s.Item2).Take(count)];
    }

    private async Task<Table> TableAsync(CancellationToken cancellationToken)
    {
        if (_table is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_table is null)
            {
                var terms = ConceptLexicon.Default.Terms;
                var concepts = terms.Keys.Order(StringComparer.Ordinal).ToArray();
                var texts = concepts.Select(c => string.Join(", ", terms[c].Take(TermsPerText))).ToArray();
                var vectors = await generator.GenerateAsync(texts, cancellationToken: cancellationToken);
                _table = new Table(concepts, [.. vectors.Select(v => Normalised(v.Vector.ToArray()))]);
            }

            return _table;
        }
        finally
        {
            _gate.Release();
        }
    }

    private float[] Normalised(float[] vector)
    {
        var size = vector.Length / parts;
        for (var part = 0; part < parts; part++)
        {
            var segment = vector.AsSpan(part * size, size);
            var norm = TensorPrimitives.Norm(segment);
            if (norm > 0)
            {
                TensorPrimitives.Divide(segment, norm, segment);
            }
        }

        return vector;
    }

    private sealed record Table(string[] Concepts, float[][] Vectors);
}
