using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ConnectorBot.Teams.Owners;

/// <summary>Registers team owners from Microsoft Graph, used when Admin:Graph:Enabled is true (otherwise only named admins).</summary>
public static class OwnersRegistration
{
    public static IServiceCollection AddTeamOwners(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphOptions>(configuration.GetSection(GraphOptions.Section));
        services.AddSingleton<GraphTokens>();
        services.AddSingleton<GraphTeamMembers>();
        services.AddSingleton<GraphTeamOwners>();
        services.Replace(ServiceDescriptor.Singleton<ITeamOwners>(provider =>
            provider.GetRequiredService<IOptions<GraphOptions>>().Value.Enabled
                ? provider.GetRequiredService<GraphTeamOwners>()
                : new NoTeamOwners()));
        return services;
    }
}
