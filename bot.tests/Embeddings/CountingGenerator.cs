using System.Collections.Concurrent;

using Microsoft.Extensions.AI;

namespace ConnectorBot.Tests.Embeddings;

/// <summary>One call to the generator: the texts and whether they were embedded as queries (input_type "query").</summary>
public sealed record GeneratorCall(IReadOnlyList<string> Texts, bool AsQuery);

/// <summary>
/// A generator in front of another that records every call, can run something while it embeds (a "forget me" landing
/// mid-embedding), and can fail like an unreachable provider.
/// </summary>
public sealed class CountingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner) : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly ConcurrentQueue<GeneratorCall> _calls = new();

    public IReadOnlyList<GeneratorCall> Calls => [.. _calls];

    /// <summary>Every text embedded so far, in the order sent.</summary>
    public IReadOnlyList<string> Embedded => [.. _calls.SelectMany(c => c.Texts)];

    /// <summary>Runs inside every call before the vectors are made.</summary>
    public Func<Task>? WhileEmbedding { get; set; }

    /// <summary>While set, every call throws it (after being recorded).</summary>
    public Exception? Failure { get; set; }

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = values.ToList();
        var asQuery = options?.AdditionalProperties?.TryGetValue("input_type", out var type) == true && Equals(type, "query");
        _calls.Enqueue(new GeneratorCall(texts, asQuery));
        if (WhileEmbedding is not null)
        {
            await WhileEmbedding();
        }

        if (Failure is not null)
        {
            throw Failure;
        }

        return await inner.GenerateAsync(texts, options, cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => inner.GetService(serviceType, serviceKey);

    public void Dispose()
    {
        // The inner generator is shared; its owner disposes it.
    }
}
