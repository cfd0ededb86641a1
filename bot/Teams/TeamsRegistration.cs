using ConnectorBot.Privacy;
using ConnectorBot.Teams.Admins;
using ConnectorBot.Teams.Install;
using ConnectorBot.Teams.Owners;
using ConnectorBot.Teams.Settings;

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ConnectorBot.Teams;

/// <summary>
/// Registers a team's life with the bot: install, welcome, removal, restore and retention; its settings and channels;
/// who may administer it (named admins, and owners from Microsoft Graph when Admin:Graph:Enabled is true) and the gate.
/// </summary>
public static class TeamsRegistration
{
    public static IServiceCollection AddTeams(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<InstallOptions>(configuration.GetSection(InstallOptions.Section));
        services.Configure<GraphOptions>(configuration.GetSection(GraphOptions.Section));

        services.AddSingleton<TeamSettingsStore>();
        services.Configure<RostersOptions>(configuration.GetSection(RostersOptions.Section));
        services.AddSingleton<TeamRosters>();
        services.AddSingleton<TeamChannels>();
        services.AddSingleton<InstallWelcome>();
        services.AddSingleton<TeamInstall>();
        services.AddSingleton<TeamRemoval>();
        services.AddSingleton<TeamRestore>();
        services.AddSingleton<TeamRetention>();

        services.AddSingleton<GraphTokens>();
        services.AddSingleton<GraphTeamMembers>();
        services.AddSingleton<GraphTeamOwners>();
        services.Replace(ServiceDescriptor.Singleton<ITeamOwners>(provider =>
            provider.GetRequiredService<IOptions<GraphOptions>>().Value.Enabled
                ? provider.GetRequiredService<GraphTeamOwners>()
                : new NoTeamOwners()));
        services.AddSingleton<AdminRights>();
        services.AddSingleton<AdminGate>();
        services.AddSingleton<AdminReplies>();
        services.AddSingleton<TeamAdmins>();
        services.AddSingleton<TeamAdminData>();
        services.AddSingleton<IMemberData>(provider => provider.GetRequiredService<TeamAdminData>());
        services.AddSingleton<IForgetWarning, LastAdminWarning>();

        // Commands and buttons; their routes (and the gate before them) are in Routes.cs.
        services.AddSingleton<SettingsCommand>();
        services.AddSingleton<SettingsActions>();
        services.AddSingleton<AdminsCommand>();
        services.AddSingleton<ClaimCommand>();
        services.AddSingleton<AdminsActions>();
        return services;
    }
}
