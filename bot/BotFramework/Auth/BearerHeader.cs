namespace ConnectorBot.BotFramework.Auth;

/// <summary>Extracts the token from an <c>Authorization: Bearer &lt;jwt&gt;</c> header value.</summary>
public static class BearerHeader
{
    private const string Scheme = "Bearer";

    /// <summary>The token, or null with a reason when the header is missing, uses another scheme or is empty.</summary>
    public static string? TryGetToken(string? header, out string reason)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            reason = "no Authorization header";
            return null;
        }

        var trimmed = header.Trim();
        var space = trimmed.IndexOf(' ');
        var scheme = space < 0 ? trimmed : trimmed[..space];
        if (!scheme.Equals(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            reason = "Authorization scheme is not Bearer";
            return null;
        }

        var token = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        if (token.Length == 0)
        {
            reason = "empty bearer token";
            return null;
        }

        reason = string.Empty;
        return token;
    }
}
