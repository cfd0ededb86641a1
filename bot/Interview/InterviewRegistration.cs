using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Privacy;

namespace ConnectorBot.Interview;

/// <summary>Registers personal chat: the interview, the member's commands and cards, and the stores of member data.</summary>
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
        services.AddSingleton<IMemberData, QueuedReplies>();
        services.AddSingleton<MemberDataRights>();

        services.AddSingleton<SummaryCard>();
        services.AddSingleton<InterviewQuestions>();
        services.AddSingleton<ProfileChoices>();
        services.AddSingleton<MemberDataChoices>();
        services.AddSingleton<ExportReply>();
        services.AddSingleton<PersonalChatHandler>();
        services.AddSingleton<StaleAnswerNudges>();
        services.AddSingleton<InterviewInvitations>();

        // Help first, in any scope; then personal chat takes everything else a member types there.
        services.AddSingleton<IMessageHandler, HelpCommand>();
        services.AddSingleton<IMessageHandler>(provider => provider.GetRequiredService<PersonalChatHandler>());
        services.AddSingleton<ICardActionHandler, InterviewCardActions>();
        services.AddSingleton<IFileConsentHandler, ExportFileConsent>();
        services.AddSingleton<IInstallationUpdateHandler, WelcomeOnInstall>();
        services.AddSingleton<IFallbackMessageHandler, NotUnderstoodReply>();
        return services;
    }
}
