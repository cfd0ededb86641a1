using Azure.Core;

using ConnectorBot.Embeddings;
using ConnectorBot.Storage;
using ConnectorBot.Tests.BotFramework;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConnectorBot.Tests.Embeddings;

/// <summary>
/// The embeddings adapter as the bot registers it (AddEmbeddings), pointed at a <see cref="FakeAzureOpenAi"/>, on the
/// given store, with a clock that jumps over every wait and every log entry captured.
/// </summary>
public sealed class EmbeddingsHost : IAsyncDisposable
{
    public const string Deployment = "emb-small";
    public const string ApiKey = "test-key-5f1c0a";

    private readonly ServiceProvider _provider;

    private EmbeddingsHost(ServiceProvider provider, CapturingLogs logs, ManualClock clock)
    {
        _provider = provider;
        Logs = logs;
        Clock = clock;
    }

    public IServiceProvider Services => _provider;

    public CapturingLogs Logs { get; }

    public ManualClock Clock { get; }

    public static EmbeddingsHost Create(
        FakeAzureOpenAi fake,
        TableServiceClient? storage = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(fake);
        var values = new Dictionary<string, string?>
        {
            ["Embeddings:Enabled"] = "true",
            ["Embeddings:Endpoint"] = fake.Endpoint.ToString(),
            ["Embeddings:Deployment"] = Deployment,
            ["Embeddings:ApiKey"] = ApiKey,
            ["Embeddings:BatchSize"] = "4",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var logs = new CapturingLogs();
        var clock = new ManualClock { AutoAdvance = true };
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddSingleton<TimeProvider>(clock);
        if (storage is not null)
        {
            services.AddSingleton(new TableSet(storage));
            services.AddSingleton<ConnectorBot.Storage.Records.ProfileStore>();
        }

        if (credential is not null)
        {
            services.AddSingleton(new EmbeddingsCredential(credential));
        }

        services.AddEmbeddings(configuration);
        return new EmbeddingsHost(services.BuildServiceProvider(), logs, clock);
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
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
