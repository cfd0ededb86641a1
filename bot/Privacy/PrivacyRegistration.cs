namespace ConnectorBot.Privacy;

/// <summary>
/// Registers "export" and "forget me": the fan-out over every capability's <see cref="IMemberData"/>, the member's
/// choices and the file. Each capability registers its own <see cref="IMemberData"/> next to its stores.
/// </summary>
public static class PrivacyRegistration
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<MemberDataRights>();
        services.AddSingleton<MemberDataChoices>();
        services.AddSingleton<ExportReply>();
        services.AddSingleton<ExportFileConsent>();
        services.AddSingleton<IMemberData, QueuedReplies>();
        return services;
    }
}
