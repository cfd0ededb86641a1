using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ConnectorBot.BotFramework.Auth;

/// <summary>Registers <see cref="BotTokenValidator"/>, <see cref="BotRequestAuthenticator"/> and what they need: the Bot options, a clock and an HTTP client for metadata.</summary>
public static class BotAuthenticationRegistration
{
    /// <summary>The named HTTP client that downloads OpenID metadata and signing keys.</summary>
    public const string MetadataHttpClient = "BotAuthMetadata";

    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        // Bind the section once even if another feature (outbound calls) also asks for it.
        if (!services.Any(d => d.ServiceType == typeof(IConfigureOptions<BotOptions>)))
        {
            services.Configure<BotOptions>(configuration.GetSection(BotOptions.Section));
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(MetadataHttpClient, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.TryAddSingleton<BotTokenValidator>();
        services.TryAddSingleton<BotRequestAuthenticator>();
        return services;
    }
}
