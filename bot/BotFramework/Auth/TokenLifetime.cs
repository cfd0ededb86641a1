namespace ConnectorBot.BotFramework.Auth;

/// <summary>
/// <c>exp</c> is required; <c>exp</c>/<c>nbf</c> are judged against the injected clock with the protocol's skew.
/// (The token handler's own lifetime check reads the system clock, which tests cannot move.)
/// </summary>
public static class TokenLifetime
{
    public static bool IsValid(DateTime? notBefore, DateTime? expires, DateTimeOffset now, TimeSpan skew)
    {
        if (expires is null)
        {
            return false;
        }

        if (notBefore is not null && notBefore.Value > expires.Value)
        {
            return false;
        }

        var utcNow = now.UtcDateTime;
        return (notBefore is null || notBefore.Value.ToUniversalTime() <= utcNow + skew) && expires.Value.ToUniversalTime() >= utcNow - skew;
    }
}
