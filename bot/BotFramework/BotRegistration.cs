using ConnectorBot.BotFramework.Auth;
using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Files;
using ConnectorBot.BotFramework.Replies;
using ConnectorBot.BotFramework.Routing;
using ConnectorBot.BotFramework.Turns;

using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConnectorBot.BotFramework;

/// <summary>Registers the protocol adapter: inbound auth, the connector, the turn pipeline and its reply outbox.</summary>
public static class BotRegistration
{
    public static IServiceCollection AddBot(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // A switch that turns off authentication must never reach production by accident.
        if (configuration.GetValue<bool>($"{BotOptions.Section}:{nameof(BotOptions.AllowUnauthenticatedLoopback)}") && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"Bot:AllowUnauthenticatedLoopback is a development switch and is refused in the '{environment.EnvironmentName}' environment. "
                + "Remove it (or Bot__AllowUnauthenticatedLoopback) from the configuration, or run with ASPNETCORE_ENVIRONMENT=Development on a developer machine.");
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddBotConnector(configuration);
        services.AddBotAuthentication(configuration);
        services.AddReplyOutbox(configuration);
        services.AddSingleton<ActivityDeduplicator>();
        services.AddSingleton(provider =>
        {
            var table = new RouteTable();
            foreach (var map in provider.GetServices<RouteMap>())
            {
                map.Map(table);
            }

            return table;
        });
        services.AddSingleton<ActivityRouter>();
        services.AddSingleton<FileUploader>();
        services.AddSingleton<TurnProcessor>();
        services.AddHostedService<ActivityMarkerSweeper>();
        return services;
    }

    /// <summary>Adds routes to the table (<c>Routes.Map</c> in the app; a test may add its own). Built once, at start-up.</summary>
    public static IServiceCollection AddRoutes(this IServiceCollection services, Action<RouteTable> map) => services.AddSingleton(new RouteMap(map));

    /// <summary>Maps /api/messages; the route table is built now, so two routes for one verb or command stop the start.</summary>
    public static IEndpointConventionBuilder MapBot(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        _ = endpoints.ServiceProvider.GetRequiredService<RouteTable>();
        return endpoints.MapBotMessages();
    }
}
