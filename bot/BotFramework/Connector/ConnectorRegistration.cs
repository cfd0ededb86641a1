using Microsoft.Extensions.Options;

namespace ConnectorBot.BotFramework.Connector;

/// <summary>Registers the outbound side of the Bot Framework protocol: token provider and connector client.</summary>
public static class ConnectorRegistration
{
    /// <summary>The service key of the connector client that never sends a token.</summary>
    public const string AnonymousKey = "anonymous";

    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BotOptions>(configuration.GetSection(BotOptions.Section));
        services.Configure<ConnectorOptions>(configuration.GetSection(ConnectorOptions.Section));
        services.AddSingleton<ConnectorHttp>();
        services.AddSingleton(provider => CreateTokenProvider(
            provider.GetRequiredService<IOptions<BotOptions>>().Value,
            provider.GetRequiredService<IOptions<ConnectorOptions>>().Value,
            provider.GetRequiredService<ConnectorHttp>().Client,
            provider.GetService<TimeProvider>() ?? TimeProvider.System,
            provider.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(provider => new ConnectorClient(
            provider.GetRequiredService<ConnectorHttp>().Client,
            provider.GetRequiredService<IBotTokenProvider>(),
            provider.GetRequiredService<IOptions<ConnectorOptions>>().Value,
            provider.GetService<TimeProvider>() ?? TimeProvider.System,
            provider.GetRequiredService<ILogger<ConnectorClient>>()));
        services.AddSingleton<IConnectorClient>(provider => provider.GetRequiredService<ConnectorClient>());

        // Replies to turns let in without a token (the development switch) carry none either.
        services.AddKeyedSingleton<IConnectorClient>(AnonymousKey, (provider, _) => new ConnectorClient(
            provider.GetRequiredService<ConnectorHttp>().Client,
            AnonymousTokenProvider.Instance,
            provider.GetRequiredService<IOptions<ConnectorOptions>>().Value,
            provider.GetService<TimeProvider>() ?? TimeProvider.System,
            provider.GetRequiredService<ILogger<ConnectorClient>>()));
        return services;
    }

    /// <summary>No app id: anonymous (local development). Otherwise the app type decides where tokens come from.</summary>
    public static IBotTokenProvider CreateTokenProvider(BotOptions bot, ConnectorOptions connector, HttpClient http, TimeProvider clock, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger<IBotTokenProvider>();
        if (string.IsNullOrWhiteSpace(bot.AppId))
        {
            logger.LogWarning("Bot:AppId is empty: outbound connector calls carry no token (local development only).");
            return AnonymousTokenProvider.Instance;
        }

        return bot.AppType == BotAppType.UserAssignedMSI
            ? ManagedIdentityTokenProvider.ForClientId(bot.AppId, bot.TokenScope, clock, connector.TokenRefreshMargin)
            : new ClientCredentialsTokenProvider(http, bot, clock, connector.TokenRefreshMargin, logger);
    }
}
