using ConnectorBot.BotFramework;
using ConnectorBot.BotFramework.Auth;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace ConnectorBot.Tests.BotFramework.Auth;

public sealed class RegistrationTests
{
    private static readonly IConfiguration Configuration = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Bot:AppId"] = "from-config" })
        .Build();

    [Fact]
    public void Binds_the_bot_section_and_registers_singletons()
    {
        using var provider = Services().AddBotAuthentication(Configuration).BuildServiceProvider();

        Assert.Equal("from-config", provider.GetRequiredService<IOptions<BotOptions>>().Value.AppId);
        Assert.Same(provider.GetRequiredService<BotTokenValidator>(), provider.GetRequiredService<BotTokenValidator>());
        Assert.Same(provider.GetRequiredService<BotRequestAuthenticator>(), provider.GetRequiredService<BotRequestAuthenticator>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Keeps_options_another_feature_already_bound()
    {
        var services = Services();
        services.Configure<BotOptions>(o => o.AppId = "bound-earlier");

        using var provider = services.AddBotAuthentication(Configuration).BuildServiceProvider();

        Assert.Equal("bound-earlier", provider.GetRequiredService<IOptions<BotOptions>>().Value.AppId);
    }

    [Fact]
    public void Defaults_are_production_safe()
    {
        var options = new BotOptions();

        Assert.False(options.AllowUnauthenticatedLoopback);
        Assert.Equal(TimeSpan.FromHours(24), options.SigningKeyRefreshInterval);
        Assert.Equal(TimeSpan.FromSeconds(30), options.SigningKeyMinimumRefreshInterval);
        Assert.StartsWith("https://", options.OpenIdMetadataUrl, StringComparison.Ordinal);
        Assert.StartsWith("https://", options.EntraOpenIdMetadataUrl, StringComparison.Ordinal);
    }

    private static ServiceCollection Services()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production });
        return services;
    }
}
