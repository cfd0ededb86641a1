namespace ConnectorBot.Storage;

/// <summary>Options of the REST clients (mirrors Azure.Data.Tables.TableClientOptions).</summary>
public sealed class TableClientOptions
{
    public enum ServiceVersion
    {
        V2019_02_02 = 1,
        V2020_12_06 = 2,
    }

    public ServiceVersion Version { get; set; } = ServiceVersion.V2020_12_06;

    public TableRetryOptions Retry { get; } = new();

    /// <summary>The HTTP handler to send through; a shared SocketsHttpHandler when null.</summary>
    public HttpMessageHandler? Transport { get; set; }

    /// <summary>How long one attempt may take before it counts as a network failure and is retried.</summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

public sealed class TableRetryOptions
{
    public int MaxRetries { get; set; } = 4;

    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(400);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);
}
