using ConnectorBot.Interview;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Understanding;

namespace ConnectorBot.Tests.Understanding;

/// <summary>The welcome says where answers go to be understood: nowhere offline (the default), the organisation's Azure OpenAI when chosen.</summary>
public sealed class UnderstandingWelcomeTests
{
    [Fact]
    public async Task Offline_the_welcome_says_nothing_more()
    {
        await using var bot = await BotHarness.StartAsync();

        var replies = await bot.SayAsync("hi");

        Assert.Equal(InterviewQuestions.WelcomeText("Ben One"), replies[0]);
        Assert.DoesNotContain("Azure OpenAI", replies[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_azure_openai_the_welcome_says_the_answers_go_to_the_organisations_own_resource()
    {
        await using var bot = await BotHarness.StartAsync(settingOverrides: new Dictionary<string, string?> { ["Understanding:Provider"] = "AzureOpenAI" });

        var replies = await bot.SayAsync("hi");

        Assert.StartsWith(InterviewQuestions.WelcomeText("Ben One"), replies[0], StringComparison.Ordinal);
        Assert.EndsWith(UnderstandingStrings.WelcomeAzureOpenAi, replies[0], StringComparison.Ordinal);
        Assert.Equal(InterviewStrings.AskAccomplish, replies[1]);
    }
}
