using System.Collections.Concurrent;

using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Privacy;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConnectorBot.Tests.Interview;

/// <summary>Members' answers are personal data: nothing above Debug may carry them, whatever the path.</summary>
public sealed class PersonalDataLoggingTests : IAsyncLifetime
{
    private const string Secretive = "Quietly move to the Lisbon office before anyone notices";
    private readonly CapturingLoggerProvider _logs = new();
    private BotHarness _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await BotHarness.StartAsync(
            services: s => s.AddSingleton<ILoggerProvider>(_logs),
            settingOverrides: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information" });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_whole_conversation_logs_no_answer_above_debug()
    {
        await _bot.SayAsync("hello");
        await _bot.SayAsync(Secretive);
        await _bot.SayAsync(Secretive + " with a colleague who relocated");
        await _bot.SayAsync(string.Join(' ', Enumerable.Repeat(Secretive, 30)));
        await _bot.SayAsync("skip");
        await _bot.SayAsync("yes");
        var file = await ExportFiles.ExportFileAsync(_bot);
        await _bot.SayAsync("forget me");
        await _bot.SayAsync("yes");

        Assert.Contains("Lisbon", file, StringComparison.Ordinal);
        Assert.NotEmpty(_logs.Messages);
        Assert.DoesNotContain(_logs.Messages, m => m.Contains("Lisbon", StringComparison.Ordinal));
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Capturing(this);

        public void Dispose()
        {
        }

        private sealed class Capturing(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel > LogLevel.Debug;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    owner.Messages.Enqueue(formatter(state, exception) + " " + exception);
                }
            }
        }
    }
}
