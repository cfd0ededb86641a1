using Microsoft.Extensions.AI;

namespace ConnectorBot.Embeddings.Local;

/// <summary>
/// The offline default embedding generator: every text through each local sentence model (all-MiniLM-L6-v2, then
/// arctic-embed-xs), the vectors laid end to end, each model's segment normalised on its own (see
/// Matching.TextMeaning.Parts). Asks are embedded as queries: pass <see cref="QueryOptions"/>. The models load on first
/// use, so a bot that never embeds never pays for them.
/// </summary>
public sealed class LocalSentenceEmbeddings : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The <see cref="EmbeddingGenerationOptions.AdditionalProperties"/> key that marks texts as queries.</summary>
    public const string InputTypeKey = "input_type";

    /// <summary>Its value for queries.</summary>
    public const string QueryInput = "query";

    private readonly IReadOnlyList<SentenceModel> _models;
    private readonly Lazy<OnnxSentenceEncoder[]> _encoders;
    private readonly EmbeddingGeneratorMetadata _metadata;

    public LocalSentenceEmbeddings()
        : this([SentenceModel.MiniLm, SentenceModel.ArcticXs], Environment.ProcessorCount)
    {
    }

    public LocalSentenceEmbeddings(IReadOnlyList<SentenceModel> models, int threads)
    {
        ArgumentNullException.ThrowIfNull(models);
        if (models.Count == 0)
        {
            throw new ArgumentException("At least one model.", nameof(models));
        }

        _models = models;
        // The models run side by side, the cores shared among them: on 2 cores one thread per model embeds about a third
        // more texts per second than both threads on each model in turn (small batches parallelise poorly inside a model).
        var perModel = Math.Max(1, threads / models.Count);
        _encoders = new Lazy<OnnxSentenceEncoder[]>(() => [.. models.Select(m => new OnnxSentenceEncoder(m, perModel))], LazyThreadSafetyMode.ExecutionAndPublication);
        ModelId = string.Join('+', models.Select(m => m.Id)) + "/" + TextVersion;
        _metadata = new EmbeddingGeneratorMetadata("local-onnx", null, ModelId, null);
    }

    /// <summary>Changes when the texts embedded change shape (Matching.TextMeaning), so stored vectors are made again.</summary>
    public const string TextVersion = "t1";

    /// <summary>Options that embed the texts as queries (asks).</summary>
    public static EmbeddingGenerationOptions QueryOptions => new() { AdditionalProperties = new() { [InputTypeKey] = QueryInput } };

    /// <summary>The models and the text version, e.g. "minilm-l6+arctic-xs/t1": vectors of two ids are never compared.</summary>
    public string ModelId { get; }

    /// <summary>How many models' segments each vector holds.</summary>
    public int Parts => _models.Count;

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        string[] texts = [.. values];
        var query = options?.AdditionalProperties?.TryGetValue(InputTypeKey, out var kind) == true && Equals(kind, QueryInput);

        // CPU-bound: off the caller's thread, so a caller on a request thread is not held up.
        return Task.Run(
            () =>
            {
                var encoders = _encoders.Value;
                var perModel = new float[encoders.Length][][];
                Parallel.For(0, encoders.Length, m => perModel[m] = encoders[m].Encode(texts, query, cancellationToken));
                GeneratedEmbeddings<Embedding<float>> result = new(texts.Length);
                var now = DateTimeOffset.UtcNow;
                for (var t = 0; t < texts.Length; t++)
                {
                    var joined = new float[perModel.Sum(m => m[t].Length)];
                    var at = 0;
                    foreach (var model in perModel)
                    {
                        model[t].CopyTo(joined, at);
                        at += model[t].Length;
                    }

                    result.Add(new Embedding<float>(joined) { ModelId = ModelId, CreatedAt = now });
                }

                return result;
            },
            cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
        if (_encoders.IsValueCreated)
        {
            foreach (var encoder in _encoders.Value)
            {
                encoder.Dispose();
            }
        }
    }
}
