using ConnectorBot.Privacy;

namespace ConnectorBot.Invitations;

/// <summary>Registers "invite everyone": the job store, the card button and typed command, the runner and its worker.</summary>
public static class InvitationsRegistration
{
    public static IServiceCollection AddInvitations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<InvitationOptions>(configuration.GetSection(InvitationOptions.Section));

        services.AddSingleton<InvitationStore>();
        services.AddSingleton<IMemberData>(provider => provider.GetRequiredService<InvitationStore>());

        services.AddSingleton<InvitationWakeUp>();
        services.AddSingleton<InvitationProgressCard>();
        services.AddSingleton<InvitationMember>();
        services.AddSingleton<InvitationCheckpoint>();
        services.AddSingleton<InvitationRunner>();
        services.AddSingleton<InvitationStarter>();
        services.AddSingleton<InvitationWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<InvitationWorker>());

        services.AddSingleton<InviteEveryoneAction>();
        services.AddSingleton<InviteEveryoneCommand>();
        return services;
    }
}
