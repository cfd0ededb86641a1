using Microsoft.Extensions.AI;

namespace ConnectorBot.Embeddings;

/// <summary>
/// One provider behind the embedding port: its name (which row of the Meanings table it keeps), its generator, the model
/// its vectors are stored under, and how many models' segments each vector holds.
/// </summary>
public sealed record EmbeddingModel(string Provider, IEmbeddingGenerator<string, Embedding<float>> Generator, string Model, int Parts)
{
    /// <summary>The generator's model as its metadata names it (the provider's name when it names none).</summary>
    public static EmbeddingModel Of(string provider, IEmbeddingGenerator<string, Embedding<float>> generator, int parts = 1)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var model = generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId;
        return new(provider, generator, string.IsNullOrWhiteSpace(model) ? provider : model, Math.Max(1, parts));
    }
}
