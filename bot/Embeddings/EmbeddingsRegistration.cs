using Azure.Identity;

using ConnectorBot.Interview;
using ConnectorBot.Intros;

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ConnectorBot.Embeddings;

/// <summary>
/// Registers sentence embeddings from Azure OpenAI when <c>Embeddings:Enabled</c> is true: the HTTP client, the
/// Meanings store (in every export and "forget me") and <see cref="AzureOpenAiMemberMeanings"/> in place of
/// <see cref="NoMemberMeanings"/>. Off, nothing is registered and rounds use the offline word vectors.
/// </summary>
public static class EmbeddingsRegistration
{
    public static IServiceCollection AddEmbeddings(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(EmbeddingsOptions.Section);
        services.AddOptions<EmbeddingsOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmbeddingsOptions>, EmbeddingsOptionsValidation>());
        if (!section.GetValue<bool>(nameof(EmbeddingsOptions.Enabled)))
        {
            return services;
        }

        services.AddHttpClient(AzureOpenAiEmbeddings.HttpClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.TryAddSingleton(TimeProvider.System);

        // Used only when no key is set: the managed identity in Azure, the developer's sign-in locally.
        services.TryAddSingleton(provider =>
        {
            var clientId = provider.GetRequiredService<IOptions<EmbeddingsOptions>>().Value.ManagedIdentityClientId;
            return new EmbeddingsCredential(string.IsNullOrWhiteSpace(clientId)
                ? new DefaultAzureCredential()
                : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId }));
        });
        services.AddSingleton<AzureOpenAiEmbeddings>();
        services.AddSingleton<MeaningStore>();
        services.AddSingleton<IMemberData>(provider => provider.GetRequiredService<MeaningStore>());
        services.Replace(ServiceDescriptor.Singleton<IMemberMeanings, AzureOpenAiMemberMeanings>());
        return services;
    }
}
