using ConnectorBot.Embeddings;
using ConnectorBot.Interview;
using ConnectorBot.Intros;
using ConnectorBot.Privacy;
using ConnectorBot.Tests.BotFramework;

using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConnectorBot.Tests.Embeddings;

/// <summary>The bot's own wiring (Program.cs): the local model by default, Azure OpenAI when chosen, refused at start when misconfigured.</summary>
public sealed class EmbeddingsRegistrationTests
{
    [Fact]
    public async Task By_default_rounds_use_the_local_model_and_its_vectors_are_member_data()
    {
        await using var bot = await BotHarness.StartAsync();

        Assert.IsType<RoundMeanings>(bot.Services.GetRequiredService<IMemberMeanings>());
        Assert.Equal([EmbeddingsOptions.LocalProvider], bot.Services.GetRequiredService<MeaningProviders>().InPreference.Select(p => p.Provider));
        Assert.Single(bot.Services.GetServices<IMemberData>(), d => d is MeaningStore);
        Assert.Contains(bot.Services.GetServices<IAnswerWatcher>(), w => w is MeaningRefresher);
        Assert.Null(bot.Services.GetService<AzureOpenAiEmbeddings>());
        var options = bot.Services.GetRequiredService<IOptions<EmbeddingsOptions>>().Value;
        Assert.Equal((EmbeddingsOptions.LocalProvider, 2000), (options.Provider, options.MaxPerRound));
    }

    [Fact]
    public async Task With_azure_openai_chosen_rounds_ask_it_first_and_fall_back_to_the_local_model()
    {
        await using var bot = await BotHarness.StartAsync(settingOverrides: new Dictionary<string, string?>
        {
            ["Embeddings:Provider"] = "AzureOpenAI",
            ["Embeddings:Endpoint"] = "https://contoso.openai.azure.com/",
            ["Embeddings:Deployment"] = "text-embedding-3-small",
        });

        Assert.Equal(
            [EmbeddingsOptions.AzureOpenAiProvider, EmbeddingsOptions.LocalProvider],
            bot.Services.GetRequiredService<MeaningProviders>().InPreference.Select(p => p.Provider));
        Assert.Equal("azure-openai/text-embedding-3-small", bot.Services.GetRequiredService<MeaningProviders>().InPreference[0].Model);
        Assert.Single(bot.Services.GetServices<IMemberData>(), d => d is MeaningStore);
        var options = bot.Services.GetRequiredService<IOptions<EmbeddingsOptions>>().Value;
        Assert.Equal(("2024-10-21", 16, 4, (int?)null), (options.ApiVersion, options.BatchSize, options.MaxAttempts, options.Dimensions));
    }

    [Theory]
    [InlineData("Embeddings:Provider", "OpenAI", "Embeddings:Provider must be Local or AzureOpenAI")]
    [InlineData("Embeddings:MaxPerRound", "-1", "Embeddings:MaxPerRound")]
    [InlineData("Embeddings:Enabled", "true", "set Embeddings:Provider to AzureOpenAI")]
    public void A_bad_provider_budget_or_the_old_switch_stops_the_bot_at_start(string setting, string value, string message)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Start(new() { [setting] = value }));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://contoso.openai.azure.com/", "text-embedding-3-small", "Embeddings:Endpoint")]
    [InlineData("", "text-embedding-3-small", "Embeddings:Endpoint")]
    [InlineData("openai/deployments", "text-embedding-3-small", "Embeddings:Endpoint")]
    [InlineData("https://contoso.openai.azure.com/", " ", "Embeddings:Deployment")]
    public void Azure_openai_without_a_usable_endpoint_or_deployment_stops_the_bot_at_start(string endpoint, string deployment, string named)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Start(new()
        {
            ["Embeddings:Provider"] = "AzureOpenAI",
            ["Embeddings:Endpoint"] = endpoint,
            ["Embeddings:Deployment"] = deployment,
        }));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    private static void Start(Dictionary<string, string> settings)
    {
        var data = Path.Combine(Path.GetTempPath(), "connectorbot-embeddings-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
            {
                builder.UseSetting("Storage:DataDirectory", data);
                builder.UseSetting("Intros:SchedulerEnabled", "false");
                foreach (var (key, value) in settings)
                {
                    builder.UseSetting(key, value);
                }
            });

            using var client = factory.CreateClient();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }
}
