using ConnectorBot.Interview;
using ConnectorBot.Intros.MatchNow;
using ConnectorBot.Intros.Stats;
using ConnectorBot.Invitations;
using ConnectorBot.Privacy;
using ConnectorBot.Teams.Admins;
using ConnectorBot.Teams.Install;
using ConnectorBot.Teams.Owners;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Teams;

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
