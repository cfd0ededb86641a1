using System.Net;
using System.Security.Claims;

using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ConnectorBot.BotFramework.Auth;

/// <summary>
/// The one call the /api/messages endpoint makes: checks the request's Authorization header with
/// <see cref="BotTokenValidator"/>, except that in Development, with <see cref="BotOptions.AllowUnauthenticatedLoopback"/>
/// on, a request from loopback that carries no header at all is let in (the Agents Playground sends none).
/// </summary>
public sealed partial class BotRequestAuthenticator(
    BotTokenValidator validator,
    IOptions<BotOptions> options,
    IHostEnvironment environment,
    ILogger<BotRequestAuthenticator> logger)
{
    /// <summary>The issuer reported for requests let in by the development switch.</summary>
    public const string UnauthenticatedLoopbackIssuer = "unauthenticated-loopback";

    public Task<AuthResult> AuthenticateAsync(HttpRequest request, string channelId, string serviceUrl, CancellationToken cancellationToken)
    {
        string? header = request.Headers[HeaderNames.Authorization];
        if (MayGoWithoutToken(request))
        {
            LogUnauthenticated(channelId);
            var caller = new BotCaller(null, null, null, UnauthenticatedLoopbackIssuer, new ClaimsIdentity());
            return Task.FromResult<AuthResult>(new AuthResult.Authenticated(caller));
        }

        return validator.ValidateAsync(header, channelId, serviceUrl, cancellationToken);
    }

    /// <summary>True for a request with no Authorization header that the development switch lets in.</summary>
    public bool MayGoWithoutToken(HttpRequest request) =>
        string.IsNullOrEmpty(request.Headers[HeaderNames.Authorization]) && MaySkipAuthentication(request.HttpContext.Connection.RemoteIpAddress);

    // Never in production, whatever the configuration says: the switch needs Development and a loopback peer.
    private bool MaySkipAuthentication(IPAddress? remote) =>
        options.Value.AllowUnauthenticatedLoopback && environment.IsDevelopment() && remote is not null &&
        IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Bot auth: unauthenticated activity on channel {ChannelId} let in from loopback (Development switch AllowUnauthenticatedLoopback).")]
    private partial void LogUnauthenticated(string channelId);
}
