namespace ConnectorBot.BotFramework.Auth;

/// <summary>The token's <c>serviceurl</c> claim names the activity's serviceUrl: same text ignoring case and a trailing slash.</summary>
public static class ServiceUrlComparer
{
    public static bool Same(string? claim, string? serviceUrl) =>
        !string.IsNullOrWhiteSpace(claim) && !string.IsNullOrWhiteSpace(serviceUrl) &&
        string.Equals(claim.Trim().TrimEnd('/'), serviceUrl.Trim().TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
