using ConnectorBot.Admin.Stats;
using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Admin;

/// <summary>Registers team administration: rights, the gate, channel commands and admin card buttons.</summary>
public static class AdminRegistration
{
    public static IServiceCollection AddAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<ITeamOwners, NoTeamOwners>();
        services.AddSingleton<AdminRights>();
        services.AddSingleton<AdminGate>();

        services.AddSingleton<IMessageHandler, TeamChannelCommands>();
        services.AddSingleton<ICardActionHandler, AdminCardActions>();
        services.AddAdminStats();
        return services;
    }
}
