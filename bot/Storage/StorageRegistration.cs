using Azure.Identity;

using ConnectorBot.Storage.AzureTables;
using ConnectorBot.Storage.Embedded;

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ConnectorBot.Storage;

/// <summary>Chooses the store from configuration: Azure Table Storage (key, SAS, managed identity), Azurite, or the embedded file.</summary>
public static class StorageRegistration
{
    public static IServiceCollection AddTableStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.AddSingleton(provider => CreateStore(provider.GetRequiredService<IOptions<StorageOptions>>().Value, provider.GetRequiredService<ILogger<ITableStore>>()));
        services.AddSingleton<TableSet>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LeaseStore>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        return services;
    }

    private static ITableStore CreateStore(StorageOptions options, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            var store = AzureTableStore.FromConnectionString(options.ConnectionString);
            logger.LogInformation("Storage: Table service at {Endpoint}.", store.Endpoint);
            return store;
        }

        if (!string.IsNullOrWhiteSpace(options.AccountUrl))
        {
            var credential = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? new DefaultAzureCredential()
                : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ManagedIdentityClientId });
            var store = AzureTableStore.FromTokenCredential(new Uri(options.AccountUrl), credential);
            logger.LogInformation("Storage: Table service at {Endpoint} with managed identity.", store.Endpoint);
            return store;
        }

        var path = options.EmbeddedDatabasePath;
        logger.LogInformation("Storage: embedded store in {Path}.", path);
        return new SqliteTableStore(path);
    }
}
