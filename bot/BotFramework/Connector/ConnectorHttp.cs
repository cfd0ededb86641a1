namespace ConnectorBot.BotFramework.Connector;

/// <summary>
/// The one HttpClient for connector and token calls. Pooled connections are recycled every few minutes
/// so DNS changes of the regional connector endpoints are picked up.
/// </summary>
public sealed class ConnectorHttp : IDisposable
{
    public HttpClient Client { get; } = new(Telemetry.ConnectorTelemetry.CountingThrottles(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = System.Net.DecompressionMethods.All,
    }))
    {
        // Each attempt has its own timeout (ConnectorOptions.AttemptTimeout); this is only a backstop.
        Timeout = TimeSpan.FromMinutes(5),
    };

    public void Dispose() => Client.Dispose();
}
