using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Interview;

/// <summary>Registers personal-chat features: greeting on install, help, and the reply to anything unknown.</summary>
public static class InterviewRegistration
{
    public static IServiceCollection AddInterview(this IServiceCollection services)
    {
        services.AddSingleton<IInstallationUpdateHandler, WelcomeOnInstall>();
        services.AddSingleton<IMessageHandler, HelpCommand>();
        services.AddSingleton<IFallbackMessageHandler, NotUnderstoodReply>();
        return services;
    }
}
