using ConnectorBot.Teams;

namespace ConnectorBot.Intros.Stats;

/// <summary>Registers the stats card: the "stats" channel command and the <see cref="StatsVerbs.Show"/> button.</summary>
public static class StatsRegistration
{
    public static IServiceCollection AddAdminStats(this IServiceCollection services)
    {
        services.AddSingleton<StatsReader>();
        services.AddSingleton<ITeamCommand, StatsCommand>();
        services.AddSingleton<IAdminCardAction, ShowStatsAction>();
        return services;
    }
}
