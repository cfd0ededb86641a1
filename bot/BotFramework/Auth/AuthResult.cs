namespace ConnectorBot.BotFramework.Auth;

/// <summary>
/// The outcome of checking an inbound request's token. The endpoint answers <see cref="StatusCode"/> and must not
/// read the body unless the result is <see cref="Authenticated"/>. <c>Reason</c> is for logs only, never for the caller.
/// </summary>
public abstract record AuthResult(int StatusCode)
{
    public bool IsAuthenticated => this is Authenticated;

    /// <summary>The token is valid for this activity.</summary>
    public sealed record Authenticated(BotCaller Caller) : AuthResult(StatusCodes.Status200OK);

    /// <summary>401: the token is missing or invalid.</summary>
    public sealed record Unauthorized(string Reason) : AuthResult(StatusCodes.Status401Unauthorized);

    /// <summary>403: the token is valid but its signing key is not endorsed for the activity's channel.</summary>
    public sealed record Forbidden(string Reason) : AuthResult(StatusCodes.Status403Forbidden);
}
