using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace ConnectorBot.Embeddings;

/// <summary>
/// Azure OpenAI behind the one embedding port: the tested REST client (<see cref="AzureOpenAiEmbeddings"/>: batching,
/// retries, keys and tokens) with its vectors as <see cref="Embedding{T}"/>. Options such as <c>input_type</c> are for
/// models that want a query prefix; Azure's embedding models do not, so they are ignored. Failures surface as
/// <see cref="EmbeddingsException"/> (status and deployment only, never a text).
/// </summary>
public sealed class AzureOpenAiEmbeddingGenerator(AzureOpenAiEmbeddings client, IOptions<EmbeddingsOptions> options) : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly EmbeddingGeneratorMetadata _metadata = new("azure-openai", Endpoint(options.Value), ModelId(options.Value), options.Value.Dimensions);

    /// <summary>
    /// The model as stored with each member's vectors: the deployment, and the length asked of it when set (the same
    /// deployment at another length gives vectors that cannot be compared).
    /// </summary>
    public static string ModelId(EmbeddingsOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return "azure-openai/" + settings.Deployment + (settings.Dimensions is { } dimensions ? "@" + dimensions.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
    }

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var vectors = await client.EmbedAsync([.. values], cancellationToken);
        return new GeneratedEmbeddings<Embedding<float>>(vectors.Select(v => new Embedding<float>(v) { ModelId = _metadata.DefaultModelId }));
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
        // The REST client is a DI singleton with its own lifetime.
    }

    private static Uri? Endpoint(EmbeddingsOptions settings) => Uri.TryCreate(settings.Endpoint, UriKind.Absolute, out var endpoint) ? endpoint : null;
}
