using System.Collections.Frozen;
using System.Security.Claims;

using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ConnectorBot.BotFramework.Auth;

/// <summary>
/// Validates the bearer token on an inbound Bot Framework activity (Bot Connector or Entra issued): issuer, audience,
/// lifetime, RSA signature by a published key, the <c>serviceurl</c> claim and the key's channel endorsement.
/// Rejection reasons are logged without the token.
/// </summary>
public sealed partial class BotTokenValidator
{
    /// <summary>The clock skew the Bot Framework allows on <c>exp</c>/<c>nbf</c>.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    // Only asymmetric algorithms: an HMAC "signed" with the published public key would otherwise verify.
    private static readonly FrozenSet<string> AllowedAlgorithms =
        FrozenSet.Create(StringComparer.Ordinal, SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512);

    private readonly BotOptions _options;
    private readonly TrustedIssuers _issuers;
    private readonly Dictionary<string, SigningKeyCache> _keys = new(StringComparer.Ordinal);
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ValidatedTokens _verified;

    public BotTokenValidator(IOptions<BotOptions> options, IHttpClientFactory httpClients, TimeProvider time, ILogger<BotTokenValidator> logger)
    {
        _options = options.Value;
        _issuers = new TrustedIssuers(_options);
        _time = time;
        _logger = logger;
        _verified = new ValidatedTokens(time);
        var downloader = new SigningKeyDownloader(() => httpClients.CreateClient(BotAuthenticationRegistration.MetadataHttpClient));
        foreach (var url in new[] { _options.OpenIdMetadataUrl, _options.EntraOpenIdMetadataUrl }.Distinct(StringComparer.Ordinal))
        {
            _keys[url] = new SigningKeyCache(url, downloader, time, _options.SigningKeyRefreshInterval, _options.SigningKeyMinimumRefreshInterval, logger);
        }
    }

    /// <summary>Checks the Authorization header of an activity sent on <paramref name="channelId"/> with <paramref name="serviceUrl"/>.</summary>
    public async Task<AuthResult> ValidateAsync(string? authorizationHeader, string channelId, string serviceUrl, CancellationToken cancellationToken)
    {
        var check = await ValidateTokenAsync(authorizationHeader, cancellationToken);
        return check.Token is { } token ? ValidateForActivity(token, channelId, serviceUrl) : check.Refusal!;
    }

    /// <summary>
    /// The checks the header alone allows (format, algorithm, issuer, signing key, signature, audience, lifetime), so a
    /// request with a bad token is refused before its body is read. <see cref="ValidateForActivity"/> finishes the check.
    /// </summary>
    public async Task<TokenCheck> ValidateTokenAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        var check = await CheckTokenAsync(authorizationHeader, cancellationToken);
        if (check.Refusal is { } refusal)
        {
            // The body is not read yet, so no channel can be named.
            Log(refusal, channelId: "(not read)");
        }

        return check;
    }

    /// <summary>The claims that name the activity: <c>serviceurl</c>, the key's channel endorsement, the Entra tenant.</summary>
    internal AuthResult ValidateForActivity(ValidatedToken token, string channelId, string serviceUrl)
    {
        var result = CheckClaims(token.Origin, token.Key, token.Identity, channelId, serviceUrl);
        Log(result, channelId);
        return result;
    }

    private void Log(AuthResult result, string channelId)
    {
        switch (result)
        {
            case AuthResult.Unauthorized unauthorized:
                LogUnauthorized(channelId, unauthorized.Reason);
                break;
            case AuthResult.Forbidden forbidden:
                LogForbidden(channelId, forbidden.Reason);
                break;
        }
    }

    private async Task<TokenCheck> CheckTokenAsync(string? header, CancellationToken cancellationToken)
    {
        var token = BearerHeader.TryGetToken(header, out var reason);
        if (token is null)
        {
            return Refused(reason);
        }

        if (_verified.Find(token) is { } known)
        {
            // The key must still be published under the kid: a rotated-out key ends its tokens' reuse.
            if (await _keys[known.Token.Origin.MetadataUrl].FindAsync(known.Kid, cancellationToken) == known.Token.Key)
            {
                return TokenCheck.Valid(known.Token);
            }

            _verified.Forget(token);
        }

        var jwt = TryRead(token);
        if (jwt is null)
        {
            return Refused("not a signed JWT");
        }

        if (!AllowedAlgorithms.Contains(jwt.Alg))
        {
            return Refused("signature algorithm not allowed");
        }

        var origin = _issuers.Match(jwt.Issuer);
        if (origin is null)
        {
            return Refused("untrusted issuer");
        }

        if (string.IsNullOrEmpty(_options.AppId))
        {
            return Refused("Bot:AppId is not configured, so no audience can match");
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return Refused("token names no signing key (kid)");
        }

        var key = await _keys[origin.MetadataUrl].FindAsync(jwt.Kid, cancellationToken);
        if (key is null)
        {
            return Refused("unknown signing key (kid)");
        }

        var validation = await _handler.ValidateTokenAsync(jwt, Parameters(origin, key));
        if (!validation.IsValid)
        {
            // The exception type names the failed check; its message is not logged (it may quote the token).
            return Refused($"token rejected: {validation.Exception?.GetType().Name ?? "invalid"}");
        }

        var issuedAt = Claim(validation.ClaimsIdentity, JwtRegisteredClaimNames.Iat);
        if (long.TryParse(issuedAt, out var iat) && DateTimeOffset.FromUnixTimeSeconds(iat) > _time.GetUtcNow() + ClockSkew)
        {
            return Refused("token issued in the future (iat)");
        }

        var verified = new ValidatedToken(origin, key, validation.ClaimsIdentity);
        _verified.Remember(token, new ValidatedTokens.Entry(verified, jwt.Kid, NullIfUnset(jwt.ValidFrom), NullIfUnset(jwt.ValidTo)));
        return TokenCheck.Valid(verified);

        static TokenCheck Refused(string reason) => TokenCheck.Refused(new AuthResult.Unauthorized(reason));
    }

    // JsonWebToken reports a missing nbf/exp as DateTime.MinValue.
    private static DateTime? NullIfUnset(DateTime value) => value == DateTime.MinValue ? null : value;

    private static JsonWebToken? TryRead(string token)
    {
        try
        {
            var jwt = new JsonWebToken(token);
            return jwt.IsEncrypted ? null : jwt;
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenException or FormatException)
        {
            return null;
        }
    }

    private TokenValidationParameters Parameters(TokenOrigin origin, SigningKey key) => new()
    {
        ValidIssuer = origin.Issuer,
        ValidAudience = _options.AppId,
        ValidateIssuer = true,
        ValidateAudience = true,
        RequireAudience = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        LifetimeValidator = (notBefore, expires, _, _) => TokenLifetime.IsValid(notBefore, expires, _time.GetUtcNow(), ClockSkew),
        RequireSignedTokens = true,
        IssuerSigningKey = key.Key,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = AllowedAlgorithms,
    };

    private static AuthResult CheckClaims(TokenOrigin origin, SigningKey key, ClaimsIdentity identity, string channelId, string serviceUrl)
    {
        var tokenServiceUrl = Claim(identity, "serviceurl");
        var tenant = Claim(identity, "tid");
        if (origin.Authority == TokenAuthority.BotConnector)
        {
            if (!ServiceUrlComparer.Same(tokenServiceUrl, serviceUrl))
            {
                return new AuthResult.Unauthorized(tokenServiceUrl is null ? "serviceurl claim missing" : "serviceurl claim does not match the activity");
            }

            if (!key.Endorses(channelId))
            {
                return new AuthResult.Forbidden("signing key is not endorsed for the channel");
            }
        }
        else
        {
            if (!Guid.TryParse(tenant, out var tid) || !string.Equals(tid.ToString("D"), origin.TenantId, StringComparison.Ordinal))
            {
                return new AuthResult.Unauthorized("tid claim does not match the issuer's tenant");
            }

            // Entra tokens need not carry serviceurl; when one does, it must still name this activity's service.
            if (tokenServiceUrl is not null && !ServiceUrlComparer.Same(tokenServiceUrl, serviceUrl))
            {
                return new AuthResult.Unauthorized("serviceurl claim does not match the activity");
            }
        }

        var appId = Claim(identity, "appid") ?? Claim(identity, "azp");
        return new AuthResult.Authenticated(new BotCaller(appId, tokenServiceUrl, tenant, origin.Issuer, identity));
    }

    private static string? Claim(ClaimsIdentity identity, string type) => identity.FindFirst(type)?.Value;

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot auth: 401 for an activity on channel {ChannelId}: {Reason}.")]
    private partial void LogUnauthorized(string channelId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot auth: 403 for an activity on channel {ChannelId}: {Reason}.")]
    private partial void LogForbidden(string channelId, string reason);
}
