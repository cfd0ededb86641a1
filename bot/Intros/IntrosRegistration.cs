using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Interview;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Privacy;
using ConnectorBot.Teams.Install;
using ConnectorBot.Teams.Settings;

using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConnectorBot.Intros;

/// <summary>Registers intro rounds: team install, the stores, the round runner, the outbox, card actions and the scheduler.</summary>
public static class IntrosRegistration
{
    public static IServiceCollection AddIntros(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IntrosOptions>(configuration.GetSection(IntrosOptions.Section));

        services.AddSingleton<TeamSettingsStore>();
        services.AddSingleton<IntroStore>();
        services.AddSingleton<RoundStore>();
        services.AddSingleton<PairHistoryStore>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<IMemberData, IntroWithdrawals>();
        services.AddSingleton<IMemberData, RoundWaitingLists>();
        services.AddSingleton<IMemberData>(provider => provider.GetRequiredService<PairHistoryStore>());
        services.AddSingleton<ITeamData>(provider => provider.GetRequiredService<IntroStore>());
        services.AddSingleton<ITeamData>(provider => provider.GetRequiredService<RoundStore>());
        services.AddSingleton<ITeamData>(provider => provider.GetRequiredService<OutboxStore>());

        services.TryAddSingleton<IMemberMeanings, NoMemberMeanings>();
        services.TryAddSingleton<IMemberUnderstandings, NoMemberUnderstandings>();
        services.AddSingleton<RoundRunner>();
        services.AddSingleton<OutboxWorker>();
        services.AddSingleton<IntroLifecycle>();
        services.AddSingleton<IntroScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<IntroScheduler>());

        services.AddSingleton<ICardActionHandler, IntroActions>();
        return services;
    }
}
