using ConnectorBot.Intros.MatchNow;
using ConnectorBot.Intros.MyIntros;
using ConnectorBot.Intros.NeverList;
using ConnectorBot.Intros.Stats;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Privacy;
using ConnectorBot.Teams.Install;

using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConnectorBot.Intros;

/// <summary>Registers intro rounds: the stores, the round runner, the outbox, card actions, match now, stats and the scheduler.</summary>
public static class IntrosRegistration
{
    public static IServiceCollection AddIntros(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IntrosOptions>(configuration.GetSection(IntrosOptions.Section));

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
        services.AddSingleton<WaitingNotes>();
        services.AddSingleton<OutboxWorker>();
        services.AddSingleton<OutboxWakeUp>();
        services.AddHostedService<OutboxDelivery>();
        services.AddSingleton<IntroLifecycle>();
        services.AddSingleton<IntroScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<IntroScheduler>());

        services.AddSingleton<IntroActions>();
        services.AddSingleton<MatchNowActions>();
        services.AddSingleton<PostingRounds>();
        services.AddHostedService(provider => provider.GetRequiredService<PostingRounds>());
        services.AddSingleton<PlanningPreviews>();
        services.AddHostedService(provider => provider.GetRequiredService<PlanningPreviews>());
        services.AddSingleton<StatsReader>();
        services.AddSingleton<StatsCommand>();
        services.AddSingleton<ShowStatsAction>();

        services.AddNeverList();
        services.AddSingleton<MyIntrosCommand>();
        return services;
    }
}
