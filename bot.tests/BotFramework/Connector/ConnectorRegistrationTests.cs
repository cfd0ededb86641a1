using ConnectorBot.BotFramework.Connector;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConnectorBot.Tests.BotFramework.Connector;

public class ConnectorRegistrationTests
{
    [Fact]
    public void Without_an_app_id_the_bot_calls_anonymously()
    {
        using var provider = Build(new Dictionary<string, string?>());

        Assert.Same(AnonymousTokenProvider.Instance, provider.GetRequiredService<IBotTokenProvider>());
        Assert.Same(provider.GetRequiredService<ConnectorClient>(), provider.GetRequiredService<IConnectorClient>());
    }

    [Fact]
    public void A_secret_means_client_credentials_and_options_bind_from_configuration()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = "app-id",
            ["Bot:AppPassword"] = "secret",
            ["Bot:AppType"] = "SingleTenant",
            ["Bot:TenantId"] = "tenant-1",
            ["Bot:Connector:MaxRetries"] = "2",
            ["Bot:Connector:TenantRequestsPerSecond"] = "20",
        });

        var tokens = Assert.IsType<ClientCredentialsTokenProvider>(provider.GetRequiredService<IBotTokenProvider>());
        Assert.Equal(new Uri("https://login.microsoftonline.com/tenant-1/oauth2/v2.0/token"), tokens.Endpoint);
        var options = provider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
        Assert.Equal((2, 20), (options.MaxRetries, options.TenantRequestsPerSecond));
        Assert.NotNull(provider.GetRequiredService<IConnectorClient>());
    }

    [Fact]
    public void A_user_assigned_identity_means_managed_identity_tokens()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = "mi-client-id",
            ["Bot:AppType"] = "UserAssignedMSI",
            ["Bot:TenantId"] = "tenant-1",
        });

        Assert.IsType<ManagedIdentityTokenProvider>(provider.GetRequiredService<IBotTokenProvider>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddBotConnector(configuration);
        return services.BuildServiceProvider();
    }
}
