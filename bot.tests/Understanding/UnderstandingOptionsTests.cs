using ConnectorBot.Understanding;

namespace ConnectorBot.Tests.Understanding;

/// <summary>Which sources the bot starts with: a provider it does not know is refused, not taken for "offline".</summary>
public sealed class UnderstandingOptionsTests
{
    [Theory]
    [InlineData("Offline")]
    [InlineData("offline")]
    [InlineData("AzureOpenAI")]
    [InlineData("azureopenai")]
    public void The_two_known_providers_pass_whatever_their_case(string provider)
    {
        Assert.True(new UnderstandingOptionsValidation().Validate(null, new UnderstandingOptions { Provider = provider }).Succeeded);
    }

    [Theory]
    [InlineData("OpenAI")]
    [InlineData("")]
    [InlineData("Local")]
    public void Any_other_provider_is_refused_naming_the_two(string provider)
    {
        var result = new UnderstandingOptionsValidation().Validate(null, new UnderstandingOptions { Provider = provider });

        Assert.True(result.Failed);
        Assert.Contains("Understanding:Provider must be Offline or AzureOpenAI", result.FailureMessage, StringComparison.Ordinal);
    }
}
