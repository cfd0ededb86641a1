namespace ConnectorBot.BotFramework.Replies;

/// <summary>Registers the reply outbox: its table, the per-turn sender and the background delivery.</summary>
public static class ReplyRegistration
{
    public static IServiceCollection AddReplyOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReplyOptions>(configuration.GetSection(ReplyOptions.Section));
        services.AddSingleton<ReplyStore>();
        services.AddSingleton<ReplyOutbox>();
        services.AddSingleton<ReplyDelivery>();
        services.AddHostedService(provider => provider.GetRequiredService<ReplyDelivery>());
        return services;
    }
}
