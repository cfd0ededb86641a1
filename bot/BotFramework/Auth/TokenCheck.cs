using System.Security.Claims;

namespace ConnectorBot.BotFramework.Auth;

/// <summary>
/// What the Authorization header alone shows, before the body is read: refused (<see cref="Refusal"/>), a token whose
/// signature, issuer, audience and lifetime hold, or no token let in by the development switch. The claims that name
/// the activity (serviceurl, channel endorsement, tenant) are checked once the body has been read and parsed.
/// </summary>
public sealed class TokenCheck
{
    /// <summary>No token at all, let in by <see cref="BotOptions.AllowUnauthenticatedLoopback"/>.</summary>
    public static readonly TokenCheck WithoutToken = new(null, null);

    private TokenCheck(AuthResult? refusal, ValidatedToken? token)
    {
        Refusal = refusal;
        Token = token;
    }

    /// <summary>Non-null when the request must be refused with its status before the body is read.</summary>
    public AuthResult? Refusal { get; }

    internal ValidatedToken? Token { get; }

    internal static TokenCheck Refused(AuthResult refusal) => new(refusal, null);

    internal static TokenCheck Valid(ValidatedToken token) => new(null, token);
}

/// <summary>A token that passed every check the header alone allows.</summary>
public sealed record ValidatedToken(TokenOrigin Origin, SigningKey Key, ClaimsIdentity Identity);
