using ConnectorBot.Digest.Stores;
using ConnectorBot.Privacy;
using ConnectorBot.Teams.Install;

namespace ConnectorBot.Digest;

/// <summary>Registers the give digest: its stores, the weekly pass and its scheduler, the member's switch and "Offer to help".</summary>
public static class DigestRegistration
{
    public static IServiceCollection AddDigest(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DigestOptions>(configuration.GetSection(DigestOptions.Section));
        services.AddSingleton<DigestStore>();
        services.AddSingleton<IMemberData>(provider => provider.GetRequiredService<DigestStore>());
        services.AddSingleton<DigestWeekStore>();
        services.AddSingleton<ITeamData>(provider => provider.GetRequiredService<DigestWeekStore>());
        services.AddSingleton<DigestCircles>();
        services.AddSingleton<DigestPass>();
        services.AddSingleton<DigestScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<DigestScheduler>());
        services.AddSingleton<DigestCommand>();
        services.AddSingleton<DigestActions>();
        return services;
    }
}
