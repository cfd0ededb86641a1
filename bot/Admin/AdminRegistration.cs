using ConnectorBot.Admin.Admins;
using ConnectorBot.Admin.Install;
using ConnectorBot.Admin.Invitations;
using ConnectorBot.Admin.Owners;
using ConnectorBot.Admin.Settings;
using ConnectorBot.Admin.Stats;
using ConnectorBot.Interview;

namespace ConnectorBot.Admin;

/// <summary>Registers team administration: rights, the gate, channel commands and admin card buttons.</summary>
public static class AdminRegistration
{
    public static IServiceCollection AddAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddTeamOwners(configuration);
        services.AddTeamInstall(configuration);
        services.AddSingleton<AdminRights>();
        services.AddSingleton<AdminGate>();

        services.AddSingleton<AdminReplies>();

        // Commands and buttons; their routes (and the gate before them) are in Routes.cs.
        services.AddSingleton<TeamChannels>();
        services.AddSingleton<SettingsCommand>();
        services.AddSingleton<SettingsActions>();
        services.AddSingleton<MatchNowActions>();

        services.AddSingleton<TeamAdmins>();
        services.AddSingleton<AdminsCommand>();
        services.AddSingleton<ClaimCommand>();
        services.AddSingleton<IForgetWarning, LastAdminWarning>();
        services.AddSingleton<AdminsActions>();
        services.AddInvitations(configuration);
        services.AddAdminStats();
        return services;
    }
}
