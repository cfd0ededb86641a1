using System.Net.Http.Headers;
using System.Net.Http.Json;

using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Embeddings;
using ConnectorBot.Storage;
using ConnectorBot.Tests.Embeddings;

using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.BotFramework;

/// <summary>
/// The whole bot as Teams sees it: the app in a test host, trusting a loopback <see cref="TestIssuer"/>,
/// answering into a loopback <see cref="FakeConnector"/>, storing in its own embedded store (or the
/// given connection string).
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "connectorbot-harness-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings = [];
    private Action<IServiceCollection>? _services;
    private WebApplicationFactory<Program> _factory = null!;

    private BotHarness(TestIssuer issuer, FakeConnector connector)
    {
        Issuer = issuer;
        Connector = connector;

        // A tenant and member of its own, so harnesses sharing one store (Azurite) never see each other's rows.
        var unique = Guid.NewGuid().ToString("N");
        Teams = new TeamsActivities(connector.ServiceUrl.ToString(), "tenant-" + unique)
        {
            User = new() { Id = "29:1user-" + unique, Name = "Ben One", AadObjectId = "aad-" + unique },
        };
    }

    public TestIssuer Issuer { get; }

    public FakeConnector Connector { get; }

    public TeamsActivities Teams { get; }

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => _factory.Services;

    public ITableStore Storage => Services.GetRequiredService<ITableStore>();

    public static async Task<BotHarness> StartAsync(
        string? storageConnectionString = null,
        Action<IServiceCollection>? services = null,
        IReadOnlyDictionary<string, string?>? settingOverrides = null,
        TimeProvider? clock = null)
    {
        // One clock for the bot and the issuer, so moving time (expiry, follow-ups) keeps tokens valid.
        var harness = new BotHarness(await TestIssuer.StartAsync(clock), await FakeConnector.StartAsync(clock));
        if (clock is not null)
        {
            var appServices = services;
            services = s =>
            {
                s.AddSingleton(clock);
                appServices?.Invoke(s);
            };
        }

        var settings = new Dictionary<string, string?>(harness.Issuer.BotSettings)
        {
            ["Bot:Connector:RateLimiting"] = "false",
            ["Intros:SchedulerEnabled"] = "false",

            // Tests change rosters between turns; a cached roster would hide that.
            ["Rosters:ReuseFor"] = "00:00:00",

            // The playback arrives from the background, at no fixed point between a test's turns: tests of it turn it on.
            ["Understanding:SendPlayback"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Bot:AppPassword"] = "test-secret",
            ["Bot:TokenEndpoint"] = harness.Connector.TokenEndpointFormat,
            ["Bot:Connector:RetryBaseDelay"] = "00:00:00.010",
            ["Bot:Connector:RetryMaxDelay"] = "00:00:00.050",
            ["Storage:ConnectionString"] = storageConnectionString ?? string.Empty,
            ["Storage:DataDirectory"] = harness._dataDirectory,
        };
        foreach (var (key, value) in settings.Concat(settingOverrides ?? new Dictionary<string, string?>()))
        {
            harness._settings[key] = value;
        }

        harness._services = services;
        harness.Boot();
        return harness;
    }

    /// <summary>Stops the app and starts a new one on the same store, as a deployment or crash would.</summary>
    public async Task RestartAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Boot();
    }

    /// <summary>Sends a personal-chat message and returns the texts the bot answered with.</summary>
    public async Task<IReadOnlyList<string>> SayAsync(string text, string? id = null)
    {
        var before = Connector.OutgoingActivities.Count;
        using var response = await PostAsync(Teams.PersonalMessage(text, id));
        response.EnsureSuccessStatusCode();
        return Connector.OutgoingActivities.Skip(before).Select(a => a.Text ?? string.Empty).ToList();
    }

    /// <summary>The activities the bot sent after the first <paramref name="skip"/>.</summary>
    public IReadOnlyList<ConnectorBot.BotFramework.Schema.Activity> SentSince(int skip) => Connector.OutgoingActivities.Skip(skip).ToList();

    private void Boot()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in _settings)
            {
                builder.UseSetting(key, value);
            }

            // One local sentence model for the whole test run, loaded when first used, instead of one per bot.
            builder.ConfigureServices(s => s.AddKeyedSingleton(EmbeddingsOptions.LocalProvider, (_, _) => SharedLocalModel.Model));

            // Likewise the offline understanding's concept table, embedded once for the run.
            builder.ConfigureServices(s => s.AddSingleton(_ => SharedLocalModel.Concepts));
            if (_services is not null)
            {
                builder.ConfigureServices(_services);
            }
        });
        Client = _factory.CreateClient();
    }

    /// <summary>Posts as the Bot Connector would: signed for the fake connector's serviceUrl.</summary>
    public Task<HttpResponseMessage> PostAsync(Activity activity) =>
        PostAsync(activity, Issuer.Sign(activity.ChannelId ?? "msteams", activity.ServiceUrl ?? Connector.ServiceUrl.ToString()));

    public Task<HttpResponseMessage> PostAsync(Activity activity, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity, options: BotJson.Options) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostRawAsync(string body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return Client.SendAsync(request);
    }

    /// <summary>Posts <paramref name="body"/> without Content-Length (see <see cref="ChunkedBody"/>).</summary>
    public Task<HttpResponseMessage> PostChunkedAsync(ChunkedBody body, string? token)
    {
        var content = new StreamContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return Client.SendAsync(request);
    }

    /// <summary>The texts the bot sent, in order.</summary>
    public IReadOnlyList<string> SentTexts => Connector.OutgoingActivities.Select(a => a.Text ?? string.Empty).ToList();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
