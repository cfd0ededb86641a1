using ConnectorBot.BotFramework.Auth;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConnectorBot.Tests.BotFramework.Auth;

/// <summary>
/// Starts a <see cref="TestIssuer"/> on loopback and a <see cref="BotTokenValidator"/> trusting it, built through
/// <see cref="BotAuthenticationRegistration.AddBotAuthentication"/> with a hand-moved clock.
/// </summary>
public abstract class ValidatorTestBase : IAsyncLifetime
{
    private ServiceProvider? _services;

    protected ManualTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    protected CapturedLogs Logs { get; } = new();

    protected TestIssuer Issuer { get; private set; } = null!;

    protected BotTokenValidator Validator { get; private set; } = null!;

    /// <summary>Extra "Bot:*" settings on top of the issuer's.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        Issuer = await TestIssuer.StartAsync(Time);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(Issuer.BotSettings)
            .AddInMemoryCollection(ExtraSettings)
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<TimeProvider>(Time);
        services.AddBotAuthentication(configuration);
        _services = services.BuildServiceProvider();
        Validator = _services.GetRequiredService<BotTokenValidator>();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await Issuer.DisposeAsync();
    }

    protected Task<AuthResult> ValidateAsync(string? header, string channelId = "msteams", string serviceUrl = TestIssuer.DefaultServiceUrl) =>
        Validator.ValidateAsync(header, channelId, serviceUrl, CancellationToken.None);

    protected static string Bearer(string token) => "Bearer " + token;

    protected static AuthResult.Authenticated AssertAuthenticated(AuthResult result)
    {
        var authenticated = Assert.IsType<AuthResult.Authenticated>(result);
        Assert.Equal(200, result.StatusCode);
        return authenticated;
    }

    /// <summary>401, and the logged reason names the check that failed (so a test cannot pass for the wrong reason).</summary>
    protected static AuthResult.Unauthorized AssertUnauthorized(AuthResult result, string reasonPart)
    {
        var unauthorized = Assert.IsType<AuthResult.Unauthorized>(result);
        Assert.Equal(401, result.StatusCode);
        Assert.Contains(reasonPart, unauthorized.Reason, StringComparison.OrdinalIgnoreCase);
        return unauthorized;
    }

    protected static AuthResult.Forbidden AssertForbidden(AuthResult result)
    {
        var forbidden = Assert.IsType<AuthResult.Forbidden>(result);
        Assert.Equal(403, result.StatusCode);
        return forbidden;
    }
}
