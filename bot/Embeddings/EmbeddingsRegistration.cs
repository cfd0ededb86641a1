using Azure.Identity;

using ConnectorBot.Asks;

using ConnectorBot.Embeddings.Local;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Privacy;

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ConnectorBot.Embeddings;

/// <summary>
/// Registers members' sentence vectors: the local sentence model (always: the default and the fallback), Azure OpenAI
/// when <c>Embeddings:Provider</c> names it, the Meanings table (in every export and "forget me"), the background
/// refresher the interview tells of changed answers, and <see cref="RoundMeanings"/> for rounds.
/// </summary>
public static class EmbeddingsRegistration
{
    public static IServiceCollection AddEmbeddings(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(EmbeddingsOptions.Section);
        services.AddOptions<EmbeddingsOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmbeddingsOptions>, EmbeddingsOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<MeaningStore>();
        services.AddSingleton<IMemberData>(provider => provider.GetRequiredService<MeaningStore>());

        // Each provider's model, resolved on first use (the first answer or round), not at start: loading the local model
        // takes a second or two. Keyed, so a test can put one shared local model (or a counting one) in its place.
        services.TryAddSingleton<LocalSentenceEmbeddings>();
        services.TryAddKeyedSingleton(EmbeddingsOptions.LocalProvider, (provider, _) =>
        {
            var generator = provider.GetRequiredService<LocalSentenceEmbeddings>();
            return EmbeddingModel.Of(EmbeddingsOptions.LocalProvider, generator, generator.Parts);
        });
        var azure = string.Equals(section[nameof(EmbeddingsOptions.Provider)], EmbeddingsOptions.AzureOpenAiProvider, StringComparison.OrdinalIgnoreCase);
        if (azure)
        {
            AddAzureOpenAi(services);
        }

        services.AddSingleton(provider =>
        {
            MemberMeanings For(string name) => new(
                () => provider.GetRequiredKeyedService<EmbeddingModel>(name),
                provider.GetRequiredService<MeaningStore>(),
                provider.GetRequiredService<ProfileStore>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<MemberMeanings>>());

            // The local model last: the fallback of a failing cloud provider.
            return new MeaningProviders(azure
                ? [For(EmbeddingsOptions.AzureOpenAiProvider), For(EmbeddingsOptions.LocalProvider)]
                : [For(EmbeddingsOptions.LocalProvider)]);
        });
        // How answers were understood is read with them when present; a host without that feature embeds the answers alone.
        services.TryAddSingleton<IMemberUnderstandings, NoMemberUnderstandings>();
        services.AddSingleton<MeaningRefresher>();
        services.AddSingleton<IAnswerWatcher>(provider => provider.GetRequiredService<MeaningRefresher>());
        services.AddHostedService(provider => provider.GetRequiredService<MeaningRefresher>());
        services.Replace(ServiceDescriptor.Singleton<IMemberMeanings, RoundMeanings>());
        services.Replace(ServiceDescriptor.Singleton<IAskMeanings, AskMeanings>());
        return services;
    }

    private static void AddAzureOpenAi(IServiceCollection services)
    {
        services.AddHttpClient(AzureOpenAiEmbeddings.HttpClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

        // Used only when no key is set: the managed identity in Azure, the developer's sign-in locally.
        services.TryAddSingleton(provider =>
        {
            var clientId = provider.GetRequiredService<IOptions<EmbeddingsOptions>>().Value.ManagedIdentityClientId;
            return new EmbeddingsCredential(string.IsNullOrWhiteSpace(clientId)
                ? new DefaultAzureCredential()
                : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId }));
        });
        services.AddSingleton<AzureOpenAiEmbeddings>();
        services.AddSingleton<AzureOpenAiEmbeddingGenerator>();
        services.TryAddKeyedSingleton(EmbeddingsOptions.AzureOpenAiProvider, (provider, _) =>
            EmbeddingModel.Of(EmbeddingsOptions.AzureOpenAiProvider, provider.GetRequiredService<AzureOpenAiEmbeddingGenerator>()));
    }
}
