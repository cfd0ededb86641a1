using System.Security.Claims;

namespace ConnectorBot.BotFramework.Auth;

/// <summary>Who sent an authenticated activity, taken from the validated token's claims.</summary>
/// <param name="AppId">The calling application (<c>appid</c> for v1 tokens, <c>azp</c> for v2); null when the token has neither.</param>
/// <param name="ServiceUrl">The <c>serviceurl</c> claim, if the token carries one.</param>
/// <param name="TenantId">The <c>tid</c> claim (Entra tokens).</param>
/// <param name="Issuer">The validated issuer.</param>
/// <param name="Identity">All validated claims, for anything not surfaced above.</param>
public sealed record BotCaller(string? AppId, string? ServiceUrl, string? TenantId, string Issuer, ClaimsIdentity Identity);
