using ConnectorBot.Embeddings.Local;

using Microsoft.Extensions.AI;

namespace ConnectorBot.Cli;

/// <summary>
/// The local models behind the command line's vector cache: texts the cache has are not embedded again, the others are
/// embedded and added. Disposing this leaves the models alone (their owner disposes them).
/// </summary>
public sealed class CachedEmbeddings(LocalSentenceEmbeddings inner, VectorCache cache) : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    /// <summary>Texts this instance had to embed.</summary>
    public int Embedded { get; private set; }

    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        string[] texts = [.. values];
        var query = options?.AdditionalProperties?.TryGetValue(LocalSentenceEmbeddings.InputTypeKey, out var kind) == true && Equals(kind, LocalSentenceEmbeddings.QueryInput);
        string[] keys = [.. texts.Select(t => VectorCache.Key(inner.ModelId, query, t))];
        string[] missing = [.. texts.Where((_, i) => !cache.TryGet(keys[i], out var ignored)).Distinct(StringComparer.Ordinal)];
        if (missing.Length > 0)
        {
            var fresh = await base.GenerateAsync(missing, options, cancellationToken);
            for (var i = 0; i < missing.Length; i++)
            {
                cache.Add(VectorCache.Key(inner.ModelId, query, missing[i]), fresh[i].Vector.ToArray());
            }

            Embedded += missing.Length;
        }

        GeneratedEmbeddings<Embedding<float>> result = new(texts.Length);
        foreach (var key in keys)
        {
            cache.TryGet(key, out var vector);
            result.Add(new Embedding<float>(vector) { ModelId = inner.ModelId });
        }

        return result;
    }

    // The models are shared with the caller, who disposes them.
    protected override void Dispose(bool disposing)
    {
    }
}
