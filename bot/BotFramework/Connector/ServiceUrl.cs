namespace ConnectorBot.BotFramework.Connector;

/// <summary>Rules about the connector base address an activity came from.</summary>
public static class ServiceUrl
{
    /// <summary>Parses a serviceUrl and makes sure it ends in exactly one slash, so "v3/…" appends cleanly.</summary>
    public static Uri Normalize(string serviceUrl)
    {
        if (!TryParse(serviceUrl, out var uri))
        {
            throw new ArgumentException($"'{serviceUrl}' is not an http(s) serviceUrl.", nameof(serviceUrl));
        }

        var builder = new UriBuilder(uri) { Query = string.Empty, Fragment = string.Empty };
        builder.Path = builder.Path.TrimEnd('/') + "/";
        return builder.Uri;
    }

    /// <summary>True when <see cref="Normalize"/> would accept the serviceUrl.</summary>
    public static bool IsHttp(string? serviceUrl) => TryParse(serviceUrl, out _);

    /// <summary>A token or secret may go only over https, or to this machine (the Agents Playground, test servers).</summary>
    public static bool MayCarryCredentials(Uri uri) => uri.Scheme == Uri.UriSchemeHttps || uri.IsLoopback;

    private static bool TryParse(string? serviceUrl, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? uri) =>
        Uri.TryCreate(serviceUrl?.Trim(), UriKind.Absolute, out uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
