namespace ConnectorBot.BotFramework.Auth;

/// <summary>
/// Decides from the unvalidated <c>iss</c> whether a token may come from a trusted authority at all: the Bot Connector,
/// or Entra for the Bot Service tenants and the bot's own tenant. Signature checks come later, against the
/// metadata chosen here.
/// </summary>
public sealed class TrustedIssuers(BotOptions options)
{
    private const string StsPrefix = "https://sts.windows.net/";
    private const string LoginPrefix = "https://login.microsoftonline.com/";
    private const string LoginSuffix = "/v2.0";

    private readonly HashSet<string> _tenants = AllowedTenants(options);

    public TokenOrigin? Match(string? issuer)
    {
        if (string.IsNullOrEmpty(issuer))
        {
            return null;
        }

        if (string.Equals(issuer, options.BotConnectorIssuer, StringComparison.Ordinal))
        {
            return new TokenOrigin(TokenAuthority.BotConnector, issuer, options.OpenIdMetadataUrl, null);
        }

        var tenant = EntraTenant(issuer);
        return tenant is not null && _tenants.Contains(tenant)
            ? new TokenOrigin(TokenAuthority.Entra, issuer, options.EntraOpenIdMetadataUrl, tenant)
            : null;
    }

    /// <summary>The tenant in <c>https://sts.windows.net/{tid}/</c> or <c>https://login.microsoftonline.com/{tid}/v2.0</c>.</summary>
    private static string? EntraTenant(string issuer)
    {
        string? tenant = null;
        if (issuer.StartsWith(StsPrefix, StringComparison.Ordinal) && issuer.EndsWith('/'))
        {
            tenant = issuer[StsPrefix.Length..^1];
        }
        else if (issuer.StartsWith(LoginPrefix, StringComparison.Ordinal) && issuer.EndsWith(LoginSuffix, StringComparison.Ordinal))
        {
            tenant = issuer[LoginPrefix.Length..^LoginSuffix.Length];
        }

        // Tenant ids are GUIDs; anything else (extra path segments, "common") is not an issuer we trust.
        return tenant is not null && Guid.TryParseExact(tenant, "D", out var id) ? id.ToString("D") : null;
    }

    private static HashSet<string> AllowedTenants(BotOptions options)
    {
        var tenants = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tenant in options.BotServiceTenants.Append(options.TenantId))
        {
            if (Guid.TryParse(tenant, out var id))
            {
                tenants.Add(id.ToString("D"));
            }
        }

        return tenants;
    }
}
