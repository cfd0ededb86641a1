using Azure.Core;

using ConnectorBot.Embeddings;
using ConnectorBot.Storage;
using ConnectorBot.Tests.BotFramework;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ConnectorBot.Tests.Embeddings;

/// <summary>
/// The embeddings feature as the bot registers it (AddEmbeddings): the local model given (the shared one behind a
/// counter, by default), Azure OpenAI pointed at a <see cref="FakeAzureOpenAi"/> when one is given, on the given store,
/// with a clock that jumps over every wait, every log entry captured and the background refresher running.
/// </summary>
public sealed class EmbeddingsHost : IAsyncDisposable
{
    public const string Deployment = "emb-small";
    public const string ApiKey = "test-key-5f1c0a";

    private readonly ServiceProvider _provider;

    private EmbeddingsHost(ServiceProvider provider, CapturingLogs logs, ManualClock clock, CountingGenerator? local)
    {
        _provider = provider;
        Logs = logs;
        Clock = clock;
        Local = local;
    }

    /// <summary>The local model's counter (null when the test gave its own model).</summary>
    public CountingGenerator? Local { get; }

    public IServiceProvider Services => _provider;

    public CapturingLogs Logs { get; }

    public ManualClock Clock { get; }

    /// <summary>Azure OpenAI (the fake) as the provider, the local model as its fallback.</summary>
    public static EmbeddingsHost Create(
        FakeAzureOpenAi fake,
        ITableStore? storage = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(fake);
        var values = new Dictionary<string, string?>
        {
            ["Embeddings:Provider"] = "AzureOpenAI",
            ["Embeddings:Endpoint"] = fake.Endpoint.ToString(),
            ["Embeddings:Deployment"] = Deployment,
            ["Embeddings:ApiKey"] = ApiKey,
            ["Embeddings:BatchSize"] = "4",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return Create(storage, values, credential);
    }

    /// <summary>The default provider: the local model (behind a counter unless <paramref name="local"/> is given).</summary>
    public static EmbeddingsHost CreateLocal(ITableStore storage, IReadOnlyDictionary<string, string?>? settings = null, EmbeddingModel? local = null) =>
        Create(storage, settings ?? new Dictionary<string, string?>(), null, local);

    private static EmbeddingsHost Create(ITableStore? storage, IReadOnlyDictionary<string, string?> settings, TokenCredential? credential, EmbeddingModel? local = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var logs = new CapturingLogs();
        var clock = new ManualClock { AutoAdvance = true };
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddSingleton<TimeProvider>(clock);
        if (storage is not null)
        {
            services.AddSingleton(new TableSet(storage));
            services.AddSingleton<ConnectorBot.Interview.Stores.ProfileStore>();
        }

        if (credential is not null)
        {
            services.AddSingleton(new EmbeddingsCredential(credential));
        }

        CountingGenerator? counter = null;
        if (local is null && storage is not null)
        {
            (local, counter) = SharedLocalModel.Counted();
        }

        if (local is not null)
        {
            services.AddKeyedSingleton(EmbeddingsOptions.LocalProvider, local);
        }
        services.AddEmbeddings(configuration);
        var provider = services.BuildServiceProvider();

        // Without a store there is nothing to refresh (the REST client's own tests).
        if (storage is not null)
        {
            foreach (var hosted in provider.GetServices<IHostedService>())
            {
                hosted.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
            }
        }

        return new EmbeddingsHost(provider, logs, clock, counter);
    }

    /// <summary>Waits until the background refresher has embedded everything queued (a guard against a hang, not a timing).</summary>
    public async Task IdleAsync()
    {
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await Get<MeaningRefresher>().WhenIdleAsync(hang.Token);
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        if (_provider.GetService<TableSet>() is not null)
        {
            foreach (var hosted in _provider.GetServices<IHostedService>())
            {
                await hosted.StopAsync(CancellationToken.None);
            }
        }

        await _provider.DisposeAsync();
    }
}

/// <summary>A credential that hands out numbered tokens and records the scopes it was asked for.</summary>
public sealed class StubCredential : TokenCredential
{
    private int _issued;

    public List<string> Scopes { get; } = [];

    public int Issued => _issued;

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => Issue(requestContext);

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => ValueTask.FromResult(Issue(requestContext));

    private AccessToken Issue(TokenRequestContext requestContext)
    {
        lock (Scopes)
        {
            Scopes.AddRange(requestContext.Scopes);
        }

        var n = Interlocked.Increment(ref _issued);
        return new AccessToken("entra-token-" + n, DateTimeOffset.UtcNow.AddYears(1));
    }
}
