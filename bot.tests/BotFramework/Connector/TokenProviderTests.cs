using Azure.Core;

using ConnectorBot.BotFramework;
using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;

using Microsoft.Extensions.Logging.Abstractions;

using Moq;

namespace ConnectorBot.Tests.BotFramework.Connector;

public class TokenProviderTests
{
    private const string Secret = "pa$$w0rd&scope=evil";

    [Fact]
    public async Task Multi_tenant_tokens_come_from_the_botframework_authority_with_the_form_fields()
    {
        await using var fake = await FakeConnector.StartAsync();
        using var http = new HttpClient();
        var tokens = Provider(fake, http, new ManualClock());

        var token = await tokens.GetTokenAsync();

        Assert.Equal("fake-token-1", token);
        var call = Assert.Single(fake.CallsTo(FakeRoute.Token));
        Assert.Equal("/botframework.com/oauth2/v2.0/token", call.RawTarget);
        Assert.StartsWith("application/x-www-form-urlencoded", call.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = "app-id",
                ["client_secret"] = Secret,
                ["scope"] = "https://api.botframework.com/.default",
            },
            call.Form);
    }

    [Fact]
    public async Task Single_tenant_tokens_come_from_the_bots_tenant()
    {
        await using var fake = await FakeConnector.StartAsync();
        using var http = new HttpClient();
        var tokens = Provider(fake, http, new ManualClock(), o =>
        {
            o.AppType = BotAppType.SingleTenant;
            o.TenantId = "7f1c7a2e-0000-4000-8000-000000000001";
        });

        await tokens.GetTokenAsync();

        Assert.Equal("/7f1c7a2e-0000-4000-8000-000000000001/oauth2/v2.0/token", Assert.Single(fake.Calls).RawTarget);
    }

    [Fact]
    public void Misconfiguration_is_refused_up_front()
    {
        using var http = new HttpClient();
        ClientCredentialsTokenProvider Create(BotOptions options) => new(http, options, TimeProvider.System, TimeSpan.FromMinutes(5), NullLogger.Instance);

        Assert.Throws<ArgumentException>(() => Create(new BotOptions { AppId = "app", AppPassword = null }));
        Assert.Throws<ArgumentException>(() => Create(new BotOptions { AppId = "app", AppPassword = "x", AppType = BotAppType.SingleTenant }));
        var insecure = Assert.Throws<ArgumentException>(() => Create(new BotOptions { AppId = "app", AppPassword = Secret, TokenEndpoint = "http://login.example.com/{0}/token" }));
        Assert.DoesNotContain(Secret, insecure.Message, StringComparison.Ordinal);
        Assert.Equal(
            new Uri("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"),
            Create(new BotOptions { AppId = "app", AppPassword = "x" }).Endpoint);
    }

    [Fact]
    public async Task One_token_serves_many_calls_and_concurrent_callers_share_one_request()
    {
        await using var fake = await FakeConnector.StartAsync();
        using var http = new HttpClient();
        var tokens = Provider(fake, http, new ManualClock());
        fake.Script(FakeRoute.Token, FakeResponse.Slow(TimeSpan.FromMilliseconds(300)));

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => tokens.GetTokenAsync().AsTask()));
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal("fake-token-1", await tokens.GetTokenAsync());
        }

        Assert.All(concurrent, t => Assert.Equal("fake-token-1", t));
        Assert.Equal(1, fake.TokensIssued);
    }

    [Fact]
    public async Task The_token_is_refreshed_five_minutes_before_it_expires()
    {
        await using var fake = await FakeConnector.StartAsync();
        using var http = new HttpClient();
        var clock = new ManualClock();
        var tokens = Provider(fake, http, clock);

        Assert.Equal("fake-token-1", await tokens.GetTokenAsync());
        clock.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("fake-token-1", await tokens.GetTokenAsync());
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("fake-token-2", await tokens.GetTokenAsync());
        Assert.Equal("fake-token-2", await tokens.GetTokenAsync());
        Assert.Equal(2, fake.TokensIssued);
    }

    [Fact]
    public async Task Short_lived_tokens_refresh_at_half_life_instead_of_every_call()
    {
        await using var fake = await FakeConnector.StartAsync();
        fake.TokenLifetime = TimeSpan.FromMinutes(4);
        using var http = new HttpClient();
        var clock = new ManualClock();
        var tokens = Provider(fake, http, clock);

        await tokens.GetTokenAsync();
        await tokens.GetTokenAsync();
        clock.Advance(TimeSpan.FromMinutes(2));
        await tokens.GetTokenAsync();

        Assert.Equal(2, fake.TokensIssued);
    }

    [Fact]
    public async Task A_refused_token_request_names_the_error_but_never_the_secret()
    {
        await using var fake = await FakeConnector.StartAsync();
        using var http = new HttpClient();
        var tokens = Provider(fake, http, new ManualClock());
        fake.Script(FakeRoute.Token, new FakeResponse(401, """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}"""));

        var error = await Assert.ThrowsAsync<BotTokenException>(() => tokens.GetTokenAsync().AsTask());

        Assert.Contains("invalid_client", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
        Assert.Equal("fake-token-1", await tokens.GetTokenAsync());
    }

    [Fact]
    public async Task Connector_calls_carry_the_token_and_fail_typed_when_there_is_none()
    {
        await using var fake = await FakeConnector.StartAsync();
        using var http = new HttpClient();
        var client = new ConnectorClient(http, Provider(fake, http, new ManualClock()), ConnectorTestBed.FastOptions(), new ManualClock { AutoAdvance = true });

        await client.SendToConversationAsync(fake.ServiceUrl.ToString(), "a:1", new Activity { Text = "1" });
        await client.SendToConversationAsync(fake.ServiceUrl.ToString(), "a:1", new Activity { Text = "2" });

        Assert.All(fake.CallsTo(FakeRoute.SendToConversation), c => Assert.Equal("Bearer fake-token-1", c.Authorization));
        Assert.Equal(1, fake.TokensIssued);

        var broken = new ConnectorClient(http, Provider(fake, http, new ManualClock()), ConnectorTestBed.FastOptions(), new ManualClock { AutoAdvance = true });
        fake.Script(FakeRoute.Token, FakeResponse.WithStatus(400));
        var error = await Assert.ThrowsAsync<ConnectorException>(() => broken.SendToConversationAsync(fake.ServiceUrl.ToString(), "a:1", new Activity { Text = "3" }));
        Assert.Equal(ConnectorOutcome.TokenUnavailable, error.Outcome);
        Assert.Equal(2, fake.CallsTo(FakeRoute.SendToConversation).Count);
    }

    [Fact]
    public async Task Managed_identity_asks_for_the_bot_framework_scope_and_is_cached()
    {
        var credential = new Mock<TokenCredential>();
        var clock = new ManualClock();
        credential
            .Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AccessToken("mi-token", clock.GetUtcNow().AddHours(1)));
        var tokens = new ManagedIdentityTokenProvider(credential.Object, "https://api.botframework.com/.default", clock, TimeSpan.FromMinutes(5));

        Assert.Equal("mi-token", await tokens.GetTokenAsync());
        Assert.Equal("mi-token", await tokens.GetTokenAsync());

        credential.Verify(
            c => c.GetTokenAsync(It.Is<TokenRequestContext>(t => t.Scopes.Single() == "https://api.botframework.com/.default"), It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Fact]
    public void Tokens_do_not_print_their_value()
    {
        Assert.DoesNotContain("secret-value", new BotToken("secret-value", DateTimeOffset.UnixEpoch).ToString(), StringComparison.Ordinal);
    }

    private static ClientCredentialsTokenProvider Provider(FakeConnector fake, HttpClient http, TimeProvider clock, Action<BotOptions>? configure = null)
    {
        var options = new BotOptions { AppId = "app-id", AppPassword = Secret, TokenEndpoint = fake.TokenEndpointFormat };
        configure?.Invoke(options);
        return new ClientCredentialsTokenProvider(http, options, clock, TimeSpan.FromMinutes(5), NullLogger.Instance);
    }
}
