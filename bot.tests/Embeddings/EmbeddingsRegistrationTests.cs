using ConnectorBot.Embeddings;
using ConnectorBot.Interview;
using ConnectorBot.Intros;
using ConnectorBot.Tests.BotFramework;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConnectorBot.Tests.Embeddings;

/// <summary>The bot's own wiring (Program.cs): off by default, on with Embeddings:Enabled, refused at start when misconfigured.</summary>
public sealed class EmbeddingsRegistrationTests
{
    [Fact]
    public async Task Off_by_default_the_round_gets_no_meanings_and_no_meanings_table_is_kept()
    {
        await using var bot = await BotHarness.StartAsync();

        Assert.IsType<NoMemberMeanings>(bot.Services.GetRequiredService<IMemberMeanings>());
        Assert.DoesNotContain(bot.Services.GetServices<IMemberData>(), d => d.Name == MeaningStore.TableName);
        Assert.Null(bot.Services.GetService<AzureOpenAiEmbeddings>());
    }

    [Fact]
    public async Task Enabled_the_round_asks_azure_openai_and_the_meanings_are_member_data()
    {
        await using var bot = await BotHarness.StartAsync(settingOverrides: new Dictionary<string, string?>
        {
            ["Embeddings:Enabled"] = "true",
            ["Embeddings:Endpoint"] = "https://contoso.openai.azure.com/",
            ["Embeddings:Deployment"] = "text-embedding-3-small",
        });

        Assert.IsType<AzureOpenAiMemberMeanings>(bot.Services.GetRequiredService<IMemberMeanings>());
        Assert.Single(bot.Services.GetServices<IMemberData>(), d => d is MeaningStore);
        var options = bot.Services.GetRequiredService<IOptions<EmbeddingsOptions>>().Value;
        Assert.Equal(("2024-10-21", 16, 4, (int?)null), (options.ApiVersion, options.BatchSize, options.MaxAttempts, options.Dimensions));
    }

    [Theory]
    [InlineData("http://contoso.openai.azure.com/", "text-embedding-3-small", "Embeddings:Endpoint")]
    [InlineData("", "text-embedding-3-small", "Embeddings:Endpoint")]
    [InlineData("openai/deployments", "text-embedding-3-small", "Embeddings:Endpoint")]
    [InlineData("https://contoso.openai.azure.com/", " ", "Embeddings:Deployment")]
    public void Enabled_without_a_usable_endpoint_or_deployment_the_bot_refuses_to_start(string endpoint, string deployment, string named)
    {
        var data = Path.Combine(Path.GetTempPath(), "connectorbot-embeddings-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
            {
                builder.UseSetting("Storage:DataDirectory", data);
                builder.UseSetting("Intros:SchedulerEnabled", "false");
                builder.UseSetting("Embeddings:Enabled", "true");
                builder.UseSetting("Embeddings:Endpoint", endpoint);
                builder.UseSetting("Embeddings:Deployment", deployment);
            });

            var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

            Assert.Contains(named, error.Message, StringComparison.Ordinal);
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
