using Azure.Core;
using Azure.Identity;

using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ConnectorBot.Understanding.AzureOpenAi;

/// <summary>
/// Registers the Azure OpenAI understander as an <see cref="IAnswerUnderstander"/> when <c>Understanding:Provider</c> is
/// AzureOpenAI, with its settings checked at start; registers nothing otherwise (answers then never leave the bot).
/// </summary>
public static class AzureOpenAiUnderstandingRegistration
{
    public static IServiceCollection AddAzureOpenAiUnderstanding(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(UnderstandingOptions.Section);
        if (!string.Equals(section[nameof(UnderstandingOptions.Provider)], UnderstandingOptions.AzureOpenAiProvider, StringComparison.OrdinalIgnoreCase))
        {
            return services;
        }

        services.AddOptions<UnderstandingOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<UnderstandingOptions>, AzureOpenAiUnderstandingOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);

        // Used only when no key is set: the managed identity in Azure, the developer's sign-in locally. Keyed, so a test
        // (or another feature's credential) does not collide with it.
        services.TryAddKeyedSingleton<TokenCredential>(AzureOpenAiChat.ServiceKey, (provider, _) =>
        {
            var clientId = provider.GetRequiredService<IOptions<UnderstandingOptions>>().Value.ManagedIdentityClientId;
            return string.IsNullOrWhiteSpace(clientId)
                ? new DefaultAzureCredential()
                : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
        });
        services.TryAddSingleton<UnderstandingBudget>();
        services.TryAddSingleton<UnderstandingRetryPolicy>();
        services.TryAddKeyedSingleton<IChatClient>(AzureOpenAiChat.ServiceKey, (provider, _) =>
        {
            var settings = provider.GetRequiredService<IOptions<UnderstandingOptions>>().Value;
            return AzureOpenAiChat.Create(
                settings,
                provider.GetRequiredService<UnderstandingRetryPolicy>(),
                string.IsNullOrEmpty(settings.ApiKey) ? provider.GetRequiredKeyedService<TokenCredential>(AzureOpenAiChat.ServiceKey) : null);
        });
        services.TryAddSingleton<AzureOpenAiUnderstander>();
        services.AddSingleton<IAnswerUnderstander>(provider => provider.GetRequiredService<AzureOpenAiUnderstander>());
        return services;
    }
}
