using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Interview;
using ConnectorBot.Privacy;
using ConnectorBot.Teams.Admins;

namespace ConnectorBot.Teams.Install;

/// <summary>Registers a team's life with the bot: install and welcome, removal and restore, the retention sweep, and admins' member data.</summary>
public static class InstallRegistration
{
    public static IServiceCollection AddTeamInstall(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<InstallOptions>(configuration.GetSection(InstallOptions.Section));
        services.AddSingleton<InstallWelcome>();
        services.AddSingleton<TeamInstall>();
        services.AddSingleton<IConversationUpdateHandler>(provider => provider.GetRequiredService<TeamInstall>());
        services.AddSingleton<IInstallationUpdateHandler>(provider => provider.GetRequiredService<TeamInstall>());
        services.AddSingleton<TeamRemoval>();
        services.AddSingleton<IConversationUpdateHandler>(provider => provider.GetRequiredService<TeamRemoval>());
        services.AddSingleton<IInstallationUpdateHandler>(provider => provider.GetRequiredService<TeamRemoval>());
        services.AddSingleton<TeamRetention>();

        services.AddSingleton<TeamAdminData>();
        services.AddSingleton<IMemberData>(provider => provider.GetRequiredService<TeamAdminData>());
        return services;
    }
}
