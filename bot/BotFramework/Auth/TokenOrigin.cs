namespace ConnectorBot.BotFramework.Auth;

/// <summary>Which kind of authority issued a token; it decides the metadata to trust and the extra checks.</summary>
public enum TokenAuthority
{
    BotConnector,
    Entra,
}

/// <summary>A trusted issuer matched from a token's (not yet validated) <c>iss</c> claim.</summary>
/// <param name="TenantId">For Entra issuers, the tenant named in the issuer; the token's <c>tid</c> must match it.</param>
public sealed record TokenOrigin(TokenAuthority Authority, string Issuer, string MetadataUrl, string? TenantId);
