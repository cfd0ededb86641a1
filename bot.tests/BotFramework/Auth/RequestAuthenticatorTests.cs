using System.Net;

using ConnectorBot.BotFramework;
using ConnectorBot.BotFramework.Auth;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ConnectorBot.Tests.BotFramework.Auth;

/// <summary>The endpoint's entry point: the header path, and the Development-only unauthenticated loopback switch.</summary>
public sealed class RequestAuthenticatorTests : ValidatorTestBase
{
    [Fact]
    public async Task Signed_request_is_authenticated()
    {
        var result = await Authenticator(allowLoopback: false, Environments.Production)
            .AuthenticateAsync(Request(IPAddress.Parse("52.112.0.1"), Bearer(Issuer.Sign())), "msteams", TestIssuer.DefaultServiceUrl, CancellationToken.None);

        Assert.Equal(TestIssuer.BotConnectorIssuer, AssertAuthenticated(result).Caller.Issuer);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task Development_switch_lets_in_loopback_without_header(string address)
    {
        var result = await Authenticator(allowLoopback: true, Environments.Development)
            .AuthenticateAsync(Request(IPAddress.Parse(address), header: null), "msteams", TestIssuer.DefaultServiceUrl, CancellationToken.None);

        var caller = AssertAuthenticated(result).Caller;
        Assert.Equal(BotRequestAuthenticator.UnauthenticatedLoopbackIssuer, caller.Issuer);
        Assert.False(caller.Identity.IsAuthenticated);
    }

    [Fact]
    public async Task Switch_is_ignored_outside_development()
    {
        var result = await Authenticator(allowLoopback: true, Environments.Production)
            .AuthenticateAsync(Request(IPAddress.Loopback, header: null), "msteams", TestIssuer.DefaultServiceUrl, CancellationToken.None);

        AssertUnauthorized(result, "no Authorization header");
    }

    [Fact]
    public async Task Switch_is_ignored_for_remote_peers()
    {
        var result = await Authenticator(allowLoopback: true, Environments.Development)
            .AuthenticateAsync(Request(IPAddress.Parse("203.0.113.9"), header: null), "msteams", TestIssuer.DefaultServiceUrl, CancellationToken.None);

        AssertUnauthorized(result, "no Authorization header");
    }

    [Fact]
    public async Task Switch_off_means_loopback_needs_a_token_too()
    {
        var result = await Authenticator(allowLoopback: false, Environments.Development)
            .AuthenticateAsync(Request(IPAddress.Loopback, header: null), "msteams", TestIssuer.DefaultServiceUrl, CancellationToken.None);

        AssertUnauthorized(result, "no Authorization header");
    }

    [Fact]
    public async Task Bad_header_from_loopback_is_still_rejected()
    {
        // The switch covers only requests with no token at all; a token that is sent is always checked.
        var result = await Authenticator(allowLoopback: true, Environments.Development)
            .AuthenticateAsync(Request(IPAddress.Loopback, Bearer("garbage")), "msteams", TestIssuer.DefaultServiceUrl, CancellationToken.None);

        AssertUnauthorized(result, "not a signed JWT");
    }

    private BotRequestAuthenticator Authenticator(bool allowLoopback, string environmentName) => new(
        Validator,
        Options.Create(new BotOptions { AllowUnauthenticatedLoopback = allowLoopback }),
        new HostingEnvironment { EnvironmentName = environmentName },
        NullLogger<BotRequestAuthenticator>.Instance);

    private static HttpRequest Request(IPAddress remote, string? header)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = remote;
        if (header is not null)
        {
            context.Request.Headers.Authorization = header;
        }

        return context.Request;
    }
}
