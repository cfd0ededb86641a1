using ConnectorBot.Interview;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Embeddings;
using ConnectorBot.Tests.Understanding.AzureOpenAi;
using ConnectorBot.Understanding;
using ConnectorBot.Understanding.AzureOpenAi;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConnectorBot.Tests.Understanding;

/// <summary>
/// The whole bot with the organisation's Azure OpenAI deployment (a loopback fake) as the source of understandings:
/// the welcome says where answers go, answers are understood there and read by the matcher, and when it fails the
/// offline lexicon understands them without any answer in the logs. Offline (the default) the welcome says nothing more.
/// </summary>
public sealed class AzureOpenAiUnderstandingChatTests : IAsyncLifetime
{
    private const string Goal = "Quero melhorar o nosso processo de CAPA";

    private readonly CapturingLogs _logs = new();
    private FakeAzureOpenAiChat _azure = null!;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _azure = await FakeAzureOpenAiChat.StartAsync();
        var settings = new Dictionary<string, string?>(UnderstandingHost.Settings(_azure, new Dictionary<string, string?> { ["Understanding:MaxAttempts"] = "1" }))
        {
            ["Logging:LogLevel:Default"] = "Information",
        };
        _bot = await BotHarness.StartAsync(services: s => s.AddSingleton<ILoggerProvider>(_logs), settingOverrides: settings);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _azure.DisposeAsync();
    }

    [Fact]
    public async Task The_welcome_says_the_answers_go_to_the_organisations_own_resource()
    {
        var replies = await _bot.SayAsync("hi");

        Assert.Equal(InterviewQuestions.WelcomeText("Ben One") + "\n\n" + UnderstandingStrings.WelcomeAzureOpenAi, replies[0]);
        Assert.Equal(InterviewStrings.AskAccomplish, replies[1]);
    }

    [Fact]
    public async Task Answers_are_understood_by_the_deployment_and_read_by_the_matcher()
    {
        await _bot.SayAsync("hi");
        await _bot.SayAsync(Goal);
        await IdleAsync();

        var call = Assert.Single(_azure.Calls);
        Assert.Contains(Goal, call.Messages[^1].Content, StringComparison.Ordinal);
        var row = (await RowsAsync())[AnswerKind.Accomplish];
        Assert.Equal(("azure-openai", AzureOpenAiUnderstander.PromptId), (row.Source, row.Version));
        Assert.Equal(
            "(I want to meet people who know corrective and preventive actions.) [quality management, capa, audits]",
            UnderstoodText.Of(row, Goal));
    }

    [Fact]
    public async Task When_the_deployment_fails_the_offline_lexicon_understands_and_no_log_carries_the_answer()
    {
        _azure.FailNext(400, times: 10, errorMessage: "The prompt was: " + Goal);

        await _bot.SayAsync("hi");
        await _bot.SayAsync(Goal);
        await IdleAsync();

        Assert.NotEmpty(_azure.Calls);
        Assert.Equal("lexicon", (await RowsAsync())[AnswerKind.Accomplish].Source);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains("with azure-openai failed", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Entries, e => e.Level > LogLevel.Debug && e.Text.Contains("CAPA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Offline_the_welcome_says_nothing_more()
    {
        await using var offline = await BotHarness.StartAsync();

        var replies = await offline.SayAsync("hi");

        Assert.Equal(InterviewQuestions.WelcomeText("Ben One"), replies[0]);
    }

    private async Task IdleAsync()
    {
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await _bot.Services.GetRequiredService<UnderstandingRefresher>().WhenIdleAsync(hang.Token);
    }

    private async Task<IReadOnlyDictionary<AnswerKind, AnswerUnderstanding>> RowsAsync() =>
        await _bot.Services.GetRequiredService<UnderstandingStore>().ReadAsync(_bot.Teams.TenantId, _bot.Teams.User.AadObjectId!, default);
}
