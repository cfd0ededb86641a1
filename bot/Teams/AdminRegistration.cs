using ConnectorBot.BotFramework.Turns;
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

        services.AddSingleton<TeamChannels>();
        services.AddSingleton<ITeamCommand, SettingsCommand>();
        services.AddSingleton<IAdminCardAction, SettingsActions>();
        services.AddSingleton<IAdminCardAction, MatchNowActions>();

        services.AddSingleton<TeamAdmins>();
        services.AddSingleton<ITeamCommand, AdminsCommand>();
        services.AddSingleton<ITeamCommand, ClaimCommand>();
        services.AddSingleton<IForgetWarning, LastAdminWarning>();
        services.AddSingleton<IAdminCardAction, AdminsActions>();

        services.AddSingleton<IMessageHandler, TeamChannelCommands>();
        services.AddSingleton<ICardActionHandler, AdminCardActions>();
        services.AddInvitations(configuration);
        services.AddAdminStats();
        return services;
    }
}
