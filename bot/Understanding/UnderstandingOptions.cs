namespace ConnectorBot.Understanding;

/// <summary>
/// The <c>Understanding</c> section: where the understanding of each answer comes from — offline from the lexicon and
/// the local sentence model (the default: nothing leaves the bot), or the organisation's own Azure OpenAI chat
/// deployment (then answers are sent to it, and the welcome and README say so).
/// </summary>
public sealed class UnderstandingOptions
{
    public const string Section = "Understanding";

    /// <summary>The lexicon and the local sentence model: the default, and every other source's fallback.</summary>
    public const string OfflineProvider = "Offline";

    /// <summary>An Azure OpenAI chat deployment (the settings below).</summary>
    public const string AzureOpenAiProvider = "AzureOpenAI";

    /// <summary><see cref="OfflineProvider"/> or <see cref="AzureOpenAiProvider"/>.</summary>
    public string Provider { get; set; } = OfflineProvider;

    /// <summary>Whether <see cref="Provider"/> names Azure OpenAI (answers leave the bot for the tenant's own resource).</summary>
    public bool UsesAzureOpenAi => string.Equals(Provider, AzureOpenAiProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a member is sent "Here's how I understood you" in their personal chat when the understanding of an answer
    /// they gave or changed is ready (at most once per change). Off: they see it on their summary card (<c>show</c>) only.
    /// </summary>
    public bool SendPlayback { get; set; } = true;

    /// <summary>The Azure OpenAI resource, e.g. https://contoso.openai.azure.com/ (https, except loopback for tests).</summary>
    public string Endpoint { get; set; } = string.Empty;

    /// <summary>The name of the chat model's deployment.</summary>
    public string Deployment { get; set; } = string.Empty;

    /// <summary>The resource's key. Empty: a Microsoft Entra token from the managed identity (or the developer's sign-in).</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Client id of a user-assigned managed identity, when no key is set; empty for the system-assigned one.</summary>
    public string ManagedIdentityClientId { get; set; } = string.Empty;

    /// <summary>Calls to the chat deployment per UTC day, across tenants; over it, answers are understood offline until the next day.</summary>
    public int DailyBudget { get; set; } = 5000;

    /// <summary>Tries per answer, the first included, on 429, 5xx, time-outs and network errors.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The wait before the second try when the service gives no Retry-After (doubling after that).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two tries, whatever Retry-After says.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>One call may take this long.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
