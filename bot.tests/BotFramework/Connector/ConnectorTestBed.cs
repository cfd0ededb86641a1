using ConnectorBot.BotFramework.Connector;

namespace ConnectorBot.Tests.BotFramework.Connector;

/// <summary>A fake connector and a client pointed at it, on an auto-advancing clock so waits cost no wall time.</summary>
internal sealed class ConnectorTestBed : IAsyncDisposable
{
    private ConnectorTestBed(FakeConnector fake, ManualClock clock, ConnectorClient client, HttpClient http)
    {
        Fake = fake;
        Clock = clock;
        Client = client;
        Http = http;
    }

    public FakeConnector Fake { get; }

    public ManualClock Clock { get; }

    public ConnectorClient Client { get; }

    public HttpClient Http { get; }

    public string ServiceUrl => Fake.ServiceUrl.ToString();

    public static ConnectorOptions FastOptions(Action<ConnectorOptions>? configure = null)
    {
        var options = new ConnectorOptions
        {
            RetryBaseDelay = TimeSpan.FromMilliseconds(100),
            RetryMaxDelay = TimeSpan.FromSeconds(2),
            AttemptTimeout = TimeSpan.FromSeconds(10),
        };
        configure?.Invoke(options);
        return options;
    }

    public static async Task<ConnectorTestBed> StartAsync(IBotTokenProvider? tokens = null, ConnectorOptions? options = null)
    {
        var clock = new ManualClock { AutoAdvance = true };
        var fake = await FakeConnector.StartAsync(clock);
        var http = new HttpClient();
        return new ConnectorTestBed(fake, clock, new ConnectorClient(http, tokens, options ?? FastOptions(), clock), http);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Fake.DisposeAsync();
    }
}
