namespace ConnectorBot.Embeddings;

/// <summary>
/// The <c>Embeddings</c> section: which provider turns members' answers into sentence vectors for the matcher's closeness
/// in meaning (the local sentence model by default: offline, nothing to set), how many a round may embed itself, and the
/// optional Azure OpenAI deployment.
/// </summary>
public sealed class EmbeddingsOptions
{
    public const string Section = "Embeddings";

    /// <summary>The local sentence model (served with the bot): the default, and every other provider's fallback.</summary>
    public const string LocalProvider = "Local";

    /// <summary>An Azure OpenAI embeddings deployment (the settings below).</summary>
    public const string AzureOpenAiProvider = "AzureOpenAI";

    /// <summary>The token scope of Azure OpenAI (Cognitive Services) when no key is set.</summary>
    public const string TokenScope = "https://cognitiveservices.azure.com/.default";

    /// <summary>The longest vector stored (text-embedding-3-large's 3072 floats: 16 KiB of base64 per property).</summary>
    public const int MaxDimensions = 3072;

    /// <summary><see cref="LocalProvider"/> or <see cref="AzureOpenAiProvider"/> (then the Azure settings below are read).</summary>
    public string Provider { get; set; } = LocalProvider;

    /// <summary>
    /// Members a round embeds itself (answers not yet embedded in the background, or embedded by another model); the
    /// rest are matched on their words that round and embedded in the background for the next.
    /// </summary>
    public int MaxPerRound { get; set; } = 2000;

    /// <summary>The former on/off switch of Azure OpenAI; refused at start when true (say <see cref="Provider"/> instead).</summary>
    public bool Enabled { get; set; }

    /// <summary>Whether <see cref="Provider"/> names Azure OpenAI.</summary>
    public bool UsesAzureOpenAi => string.Equals(Provider, AzureOpenAiProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>The Azure OpenAI resource, e.g. https://contoso.openai.azure.com/ (https, except loopback for tests).</summary>
    public string Endpoint { get; set; } = string.Empty;

    /// <summary>The name of the embeddings model's deployment.</summary>
    public string Deployment { get; set; } = string.Empty;

    /// <summary>The REST API version sent as <c>api-version</c>.</summary>
    public string ApiVersion { get; set; } = "2024-10-21";

    /// <summary>The resource's key (header <c>api-key</c>). Empty: a Microsoft Entra token from the managed identity (or the developer's sign-in).</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Client id of a user-assigned managed identity, when no key is set; empty for the system-assigned one.</summary>
    public string ManagedIdentityClientId { get; set; } = string.Empty;

    /// <summary>Texts per request to Azure OpenAI.</summary>
    public int BatchSize { get; set; } = 16;

    /// <summary>Vector length asked of the model (text-embedding-3 models only); null for the model's own.</summary>
    public int? Dimensions { get; set; }

    /// <summary>Tries per request, the first included, on 429, 5xx gateway errors, time-outs and network errors.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The wait before the second try when the service gives no Retry-After (doubling after that).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two tries, whatever Retry-After says: a round does not wait for minutes.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>One request may take this long.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
