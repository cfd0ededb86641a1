using System.Net;

namespace ConnectorBot.BotFramework.Auth;

/// <summary>Plain http is tolerated only for loopback hosts (local issuers in tests and development).</summary>
public static class LoopbackUrl
{
    public static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) &&
        (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address)));
}
