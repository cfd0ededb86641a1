namespace ConnectorBot.Storage.Rest;

/// <summary>
/// A parsed storage connection string: account key, SAS, or <c>UseDevelopmentStorage=true</c>.
/// Errors name the missing or repeated setting, never a value (a key or signature is a secret).
/// </summary>
public sealed record TableConnectionString(Uri TableEndpoint, string AccountName, string? AccountKey, string? SharedAccessSignature)
{
    public const string DevelopmentAccountName = "devstoreaccount1";

    // The emulator's published, well-known key: not a secret.
    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static TableConnectionString Parse(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new FormatException("The storage connection string is empty.");
        }

        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException("The storage connection string has a part that is not 'Name=value'.");
            }

            var name = part[..equals].Trim();
            if (!settings.TryAdd(name, part[(equals + 1)..].Trim()))
            {
                throw new FormatException($"The storage connection string sets '{name}' twice.");
            }
        }

        if (settings.TryGetValue("UseDevelopmentStorage", out var development) && bool.TryParse(development, out var useDevelopment) && useDevelopment)
        {
            var endpoint = new UriBuilder("http", "127.0.0.1", 10002, DevelopmentAccountName);
            if (settings.TryGetValue("DevelopmentStorageProxyUri", out var proxy))
            {
                var proxyUri = new Uri(proxy);
                endpoint.Scheme = proxyUri.Scheme;
                endpoint.Host = proxyUri.Host;
            }

            return new TableConnectionString(endpoint.Uri, DevelopmentAccountName, DevelopmentAccountKey, null);
        }

        settings.TryGetValue("TableEndpoint", out var tableEndpoint);
        if (settings.TryGetValue("SharedAccessSignature", out var sas))
        {
            if (tableEndpoint is null)
            {
                throw new FormatException("A SAS connection string needs 'TableEndpoint' with 'SharedAccessSignature'.");
            }

            var sasEndpoint = new Uri(tableEndpoint);
            return new TableConnectionString(sasEndpoint, AccountNameOf(sasEndpoint), null, sas.TrimStart('?'));
        }

        if (!settings.TryGetValue("AccountName", out var account) || !settings.TryGetValue("AccountKey", out var key))
        {
            throw new FormatException("The storage connection string needs 'AccountName' and 'AccountKey', a 'TableEndpoint' with 'SharedAccessSignature', or 'UseDevelopmentStorage=true'.");
        }

        if (tableEndpoint is null)
        {
            var protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol", "https");
            var suffix = settings.GetValueOrDefault("EndpointSuffix", "core.windows.net");
            tableEndpoint = $"{protocol}://{account}.table.{suffix}";
        }

        return new TableConnectionString(new Uri(tableEndpoint), account, key, null);
    }

    /// <summary>Path-style endpoints (an IP or a host without dots) name the account in the first path segment.</summary>
    public static string AccountNameOf(Uri endpoint)
    {
        var pathStyle = endpoint.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 || !endpoint.Host.Contains('.', StringComparison.Ordinal);
        if (pathStyle)
        {
            return endpoint.AbsolutePath.Trim('/').Split('/')[0];
        }

        return endpoint.Host.Split('.')[0];
    }

    public override string ToString() => $"{nameof(TableConnectionString)}({TableEndpoint}, {AccountName})";
}
