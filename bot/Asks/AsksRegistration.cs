using ConnectorBot.Asks.Stores;
using ConnectorBot.Interview;
using ConnectorBot.Privacy;

using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConnectorBot.Asks;

/// <summary>Registers asks: "who can help me with…?", the colleagues found, the pick and the limits on asking.</summary>
public static class AsksRegistration
{
    public static IServiceCollection AddAsks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AsksOptions>(configuration.GetSection(AsksOptions.Section));
        services.AddSingleton<AskStore>();
        services.AddSingleton<IMemberData>(provider => provider.GetRequiredService<AskStore>());
        services.TryAddSingleton<IAskMeanings, NoAskMeanings>();
        services.AddSingleton<AskIndexes>();
        services.AddSingleton<AskSearch>();
        services.AddSingleton<AskCommand>();
        services.AddSingleton<AskActions>();
        services.AddSingleton<ISummarySection, AskSummarySection>();
        return services;
    }
}
