using ConnectorBot.Interview.Stores;
using ConnectorBot.Privacy;

namespace ConnectorBot.Interview;

/// <summary>Registers personal chat: the interview, the member's commands and cards, and the stores of their answers.</summary>
public static class InterviewRegistration
{
    public static IServiceCollection AddInterview(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<InterviewOptions>(configuration.GetSection(InterviewOptions.Section));

        services.AddSingleton<ProfileStore>();
        services.AddSingleton<InterviewSessionStore>();
        services.AddSingleton<IMemberData>(provider => provider.GetRequiredService<ProfileStore>());
        services.AddSingleton<IMemberData>(provider => provider.GetRequiredService<InterviewSessionStore>());
        services.AddSingleton<IMemberData, PersonalChatMarkers>();

        services.AddSingleton<SummaryCard>();
        services.AddSingleton<InterviewQuestions>();
        services.AddSingleton<ProfileChoices>();
        services.AddSingleton<PersonalChatHandler>();
        services.AddSingleton<StaleAnswerNudges>();
        services.AddSingleton<InterviewInvitations>();

        // Their routes are in Routes.cs.
        services.AddSingleton<HelpCommand>();
        services.AddSingleton<InterviewCardActions>();
        services.AddSingleton<WelcomeOnInstall>();
        services.AddSingleton<NotUnderstoodReply>();
        return services;
    }
}
