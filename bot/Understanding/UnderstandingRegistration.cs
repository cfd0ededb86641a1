using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Embeddings;
using ConnectorBot.Interview;
using ConnectorBot.Intros;
using ConnectorBot.Privacy;
using ConnectorBot.Understanding.AzureOpenAi;
using ConnectorBot.Understanding.Offline;

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ConnectorBot.Understanding;

/// <summary>
/// Registers the understanding of answers: the sources (every registered <see cref="IAnswerUnderstander"/> first, the
/// offline lexicon always last), the Understandings table (in every export and "forget me"), the background refresher the
/// interview tells of changed answers, the port rounds and embeddings read understandings through, and the playback (the
/// summary card's section, its buttons, the welcome's note when answers leave the bot).
/// </summary>
public static class UnderstandingRegistration
{
    public static IServiceCollection AddUnderstanding(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<UnderstandingOptions>().Bind(configuration.GetSection(UnderstandingOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<UnderstandingOptions>, UnderstandingOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);

        // Resolved from the container, with the offline source's own dependencies: its concept lookups by meaning use the
        // local sentence model (Embeddings' own registration, loaded on first use, shared with the members' vectors).
        services.TryAddSingleton(provider =>
        {
            var local = provider.GetRequiredKeyedService<EmbeddingModel>(EmbeddingsOptions.LocalProvider);
            return new ConceptMeanings(local.Generator, local.Parts);
        });
        services.TryAddSingleton<LexiconUnderstander>();

        // The organisation's Azure OpenAI deployment, first in preference, when Understanding:Provider names it (else nothing).
        services.AddAzureOpenAiUnderstanding(configuration);
        services.TryAddSingleton(provider =>
        {
            var offline = provider.GetRequiredService<LexiconUnderstander>();
            var others = provider.GetServices<IAnswerUnderstander>().Where(u => u is not LexiconUnderstander);
            return new Understanders([.. others, offline]);
        });

        services.AddSingleton<UnderstandingStore>();
        services.AddSingleton<IMemberData>(provider => provider.GetRequiredService<UnderstandingStore>());
        services.AddSingleton<UnderstandingMaker>();
        services.AddSingleton<UnderstandingRenewal>();
        services.AddSingleton<UnderstandingQueue>();
        services.AddSingleton<UnderstandingPlayback>();
        services.AddSingleton<UnderstandingRefresher>();
        services.AddSingleton<IAnswerWatcher>(provider => provider.GetRequiredService<UnderstandingRefresher>());
        services.AddHostedService(provider => provider.GetRequiredService<UnderstandingRefresher>());
        services.Replace(ServiceDescriptor.Singleton<IMemberUnderstandings, RoundUnderstandings>());

        services.AddSingleton<ISummarySection, UnderstandingSummarySection>();
        services.AddSingleton<IWelcomeNote, UnderstandingWelcomeNote>();
        services.AddSingleton<ICardActionHandler, UnderstandingCardActions>();
        return services;
    }
}
