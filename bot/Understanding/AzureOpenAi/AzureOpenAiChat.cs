using System.ClientModel;

using Azure.AI.OpenAI;
using Azure.Core;

using Microsoft.Extensions.AI;

namespace ConnectorBot.Understanding.AzureOpenAi;

/// <summary>
/// The chat deployment behind <see cref="IChatClient"/>: the maintained SDK (Azure.AI.OpenAI's client, its chat client
/// as Microsoft.Extensions.AI's) does the HTTP, with the key (header <c>api-key</c>) or a Microsoft Entra token (managed
/// identity). Its pipeline options are where this bot's rules go: <see cref="UnderstandingRetryPolicy"/> in place of the
/// SDK's retries (whose Retry-After has no ceiling and whose waits ignore the injected clock), and
/// <see cref="UnderstandingOptions.RequestTimeout"/> as the per-try network time-out. Plain http works as it is for a
/// loopback endpoint (tests); the options validation allows it nowhere else.
/// <para>
/// Azure.AI.OpenAI 2.1.0, the newest stable release, was built against OpenAI 2.1.0, while Microsoft.Extensions.AI.OpenAI
/// 11 needs OpenAI 2.14: the SDK's typed <c>CompleteChatAsync</c> then fails (MissingMethodException in its max-tokens
/// rewrite). <c>AsIChatClient</c> goes through the chat client's protocol method instead, which works (the loopback
/// tests go this way); a side effect is that the length bound goes out as <c>max_completion_tokens</c>, which API
/// version 2024-10-21 (pinned here, so no setting) accepts.
/// </para>
/// </summary>
public static class AzureOpenAiChat
{
    /// <summary>The key of the understander's <see cref="IChatClient"/> in DI (other chat clients may be registered).</summary>
    public const string ServiceKey = "understanding";

    /// <summary>The token scope of Azure OpenAI (Cognitive Services) when no key is set.</summary>
    public const string TokenScope = "https://cognitiveservices.azure.com/.default";

    public static IChatClient Create(UnderstandingOptions settings, UnderstandingRetryPolicy retries, TokenCredential? credential)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clientOptions = new AzureOpenAIClientOptions(AzureOpenAIClientOptions.ServiceVersion.V2024_10_21)
        {
            RetryPolicy = retries,
            NetworkTimeout = settings.RequestTimeout,
        };
        var endpoint = new Uri(settings.Endpoint, UriKind.Absolute);
        AzureOpenAIClient client;
        if (!string.IsNullOrEmpty(settings.ApiKey))
        {
            client = new AzureOpenAIClient(endpoint, new ApiKeyCredential(settings.ApiKey), clientOptions);
        }
        else
        {
            ArgumentNullException.ThrowIfNull(credential);
            client = new AzureOpenAIClient(endpoint, credential, clientOptions);
        }

        return client.GetChatClient(settings.Deployment).AsIChatClient();
    }
}
