using ConnectorBot.Understanding;
using ConnectorBot.Understanding.AzureOpenAi;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConnectorBot.Tests.Understanding.AzureOpenAi;

/// <summary>The settings checked at start when Azure OpenAI is chosen, and what the registration adds (nothing when offline).</summary>
public sealed class AzureOpenAiUnderstandingOptionsTests
{
    private static UnderstandingOptions Valid() => new()
    {
        Provider = UnderstandingOptions.AzureOpenAiProvider,
        Endpoint = "https://contoso.openai.azure.com/",
        Deployment = "gpt-4o-mini",
    };

    [Fact]
    public void Valid_settings_pass_and_the_defaults_are_valid()
    {
        Assert.True(new AzureOpenAiUnderstandingOptionsValidation().Validate(null, Valid()).Succeeded);
    }

    [Theory]
    [InlineData("http://localhost:5000/")]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("https://contoso.openai.azure.com")]
    public void Https_or_loopback_http_endpoints_pass(string endpoint)
    {
        var options = Valid();
        options.Endpoint = endpoint;

        Assert.True(new AzureOpenAiUnderstandingOptionsValidation().Validate(null, options).Succeeded);
    }

    [Fact]
    public void The_offline_provider_is_not_checked()
    {
        var result = new AzureOpenAiUnderstandingOptionsValidation().Validate(null, new UnderstandingOptions { DailyBudget = 0, Endpoint = "nonsense" });

        Assert.True(result.Skipped);
    }

    public static TheoryData<string, Action<UnderstandingOptions>> Invalid => new()
    {
        { "Understanding:Endpoint", o => o.Endpoint = string.Empty },
        { "Understanding:Endpoint", o => o.Endpoint = "contoso.openai.azure.com" },
        { "Understanding:Endpoint", o => o.Endpoint = "http://contoso.openai.azure.com/" },
        { "Understanding:Endpoint", o => o.Endpoint = "ftp://contoso.openai.azure.com/" },
        { "Understanding:Deployment", o => o.Deployment = " " },
        { "Understanding:DailyBudget", o => o.DailyBudget = 0 },
        { "Understanding:MaxAttempts", o => o.MaxAttempts = 0 },
        { "Understanding:RetryDelay", o => o.RetryDelay = TimeSpan.FromSeconds(-1) },
        { "Understanding:RetryDelay", o => o.MaxRetryDelay = TimeSpan.FromSeconds(-1) },
        { "Understanding:RequestTimeout", o => o.RequestTimeout = TimeSpan.Zero },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void A_bad_setting_is_refused_by_name(string setting, Action<UnderstandingOptions> spoil)
    {
        ArgumentNullException.ThrowIfNull(spoil);
        var options = Valid();
        spoil(options);

        var result = new AzureOpenAiUnderstandingOptionsValidation().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Offline")]
    public void Offline_registers_nothing(string? provider)
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Understanding:Provider"] = provider, ["Understanding:DailyBudget"] = "0" }).Build();

        services.AddAzureOpenAiUnderstanding(configuration);

        Assert.Empty(services);
    }

    [Fact]
    public async Task Azure_openai_registers_one_understander_with_the_options_checked()
    {
        await using var fake = await FakeAzureOpenAiChat.StartAsync();
        await using var host = UnderstandingHost.Create(fake);

        var understander = Assert.Single(host.Services.GetServices<IAnswerUnderstander>());
        Assert.IsType<AzureOpenAiUnderstander>(understander);
        Assert.Equal("azure-openai", understander.Source);
        Assert.Contains(host.Services.GetServices<IValidateOptions<UnderstandingOptions>>(), v => v is AzureOpenAiUnderstandingOptionsValidation);
    }

    [Fact]
    public async Task Bad_settings_stop_the_understander_from_being_made()
    {
        await using var fake = await FakeAzureOpenAiChat.StartAsync();
        await using var host = UnderstandingHost.Create(fake, new Dictionary<string, string?> { ["Understanding:Endpoint"] = "http://contoso.openai.azure.com/", ["Understanding:DailyBudget"] = "0" });

        var error = Assert.Throws<OptionsValidationException>(() => host.Understander);

        Assert.Contains("Understanding:Endpoint", error.Message, StringComparison.Ordinal);
        Assert.Contains("Understanding:DailyBudget", error.Message, StringComparison.Ordinal);
    }
}
