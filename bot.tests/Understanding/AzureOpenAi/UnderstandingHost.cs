using Azure.Core;

using ConnectorBot.Storage;
using ConnectorBot.Storage.Embedded;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Embeddings;
using ConnectorBot.Understanding;
using ConnectorBot.Understanding.AzureOpenAi;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConnectorBot.Tests.Understanding.AzureOpenAi;

/// <summary>
/// The Azure OpenAI understander as the bot registers it (AddAzureOpenAiUnderstanding) pointed at a
/// <see cref="FakeAzureOpenAiChat"/>, with a clock that jumps over every wait and every log entry captured.
/// </summary>
public sealed class UnderstandingHost : IAsyncDisposable
{
    public const string Deployment = "chat-mini";
    public const string ApiKey = "test-key-9d3e7b";

    private readonly ServiceProvider _provider;

    private UnderstandingHost(ServiceProvider provider, CapturingLogs logs, ManualClock clock)
    {
        _provider = provider;
        Logs = logs;
        Clock = clock;
    }

    public CapturingLogs Logs { get; }

    public ManualClock Clock { get; }

    public IServiceProvider Services => _provider;

    public IAnswerUnderstander Understander => _provider.GetRequiredService<IAnswerUnderstander>();

    public static IReadOnlyDictionary<string, string?> Settings(FakeAzureOpenAiChat fake, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(fake);
        var values = new Dictionary<string, string?>
        {
            ["Understanding:Provider"] = "AzureOpenAI",
            ["Understanding:Endpoint"] = fake.Endpoint.ToString(),
            ["Understanding:Deployment"] = Deployment,
            ["Understanding:ApiKey"] = ApiKey,
            ["Understanding:RequestTimeout"] = "00:00:10",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return values;
    }

    public static UnderstandingHost Create(FakeAzureOpenAiChat fake, IReadOnlyDictionary<string, string?>? settings = null, TokenCredential? credential = null) =>
        Create(Settings(fake, settings), credential);

    public static UnderstandingHost Create(IReadOnlyDictionary<string, string?> settings, TokenCredential? credential = null, ITableStore? store = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var logs = new CapturingLogs();
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 9, 23, 0, 0, TimeSpan.Zero)) { AutoAdvance = true };
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddSingleton<TimeProvider>(clock);
        if (credential is not null)
        {
            services.AddKeyedSingleton(AzureOpenAiChat.ServiceKey, credential);
        }

        // The budget's count is a row in the store: an in-memory embedded store unless the test brings one.
        services.AddSingleton(new TableSet(store ?? new SqliteTableStore(":memory:")));
        services.AddAzureOpenAiUnderstanding(configuration);
        return new UnderstandingHost(services.BuildServiceProvider(), logs, clock);
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public Task<Understood> UnderstandAsync(string text, AnswerKind kind = AnswerKind.ConnectWith, string? locale = null) =>
        Understander.UnderstandAsync(new AnswerToUnderstand(kind, text, locale), CancellationToken.None);

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
