using System.Net;
using System.Security.Claims;

using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ConnectorBot.BotFramework.Auth;

/// <summary>
/// The /api/messages endpoint's check of a request's Authorization header with <see cref="BotTokenValidator"/>, in two
/// halves: the header alone before the body is read, then the claims that name the activity. In Development, with
/// <see cref="BotOptions.AllowUnauthenticatedLoopback"/> on, a request from loopback that carries no header at all is
/// let in (the Agents Playground sends none).
/// </summary>
public sealed partial class BotRequestAuthenticator(
    BotTokenValidator validator,
    IOptions<BotOptions> options,
    IHostEnvironment environment,
    ILogger<BotRequestAuthenticator> logger)
{
    /// <summary>The issuer reported for requests let in by the development switch.</summary>
    public const string UnauthenticatedLoopbackIssuer = "unauthenticated-loopback";

    /// <summary>Both halves at once, for a caller that already holds the activity's channel and serviceUrl.</summary>
    public async Task<AuthResult> AuthenticateAsync(HttpRequest request, string channelId, string serviceUrl, CancellationToken cancellationToken) =>
        AuthenticateActivity(await CheckHeaderAsync(request, cancellationToken), channelId, serviceUrl);

    /// <summary>
    /// What the Authorization header alone shows, so the endpoint can refuse a bad token before it reads the body
    /// (a large body from anyone without a valid token costs nothing to refuse).
    /// </summary>
    public Task<TokenCheck> CheckHeaderAsync(HttpRequest request, CancellationToken cancellationToken) =>
        MayGoWithoutToken(request)
            ? Task.FromResult(TokenCheck.WithoutToken)
            : validator.ValidateTokenAsync(request.Headers[HeaderNames.Authorization], cancellationToken);

    /// <summary>Finishes <paramref name="header"/>'s check with the claims that name the activity read from the body.</summary>
    public AuthResult AuthenticateActivity(TokenCheck header, string channelId, string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (header.Refusal is { } refusal)
        {
            return refusal;
        }

        if (header.Token is { } token)
        {
            return validator.ValidateForActivity(token, channelId, serviceUrl);
        }

        LogUnauthenticated(channelId);
        var caller = new BotCaller(null, null, null, UnauthenticatedLoopbackIssuer, new ClaimsIdentity());
        return new AuthResult.Authenticated(caller);
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
