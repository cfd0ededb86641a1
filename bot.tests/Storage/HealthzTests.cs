using System.Net;
using System.Text.Json;

using Microsoft.AspNetCore.Mvc.Testing;

namespace ConnectorBot.Tests.Storage;

public sealed class HealthzTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "connectorbot-healthz-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Healthz_answers_200_with_the_embedded_store_on_an_empty_machine_state()
    {
        using var factory = Bot(("Storage:ConnectionString", string.Empty), ("Storage:DataDirectory", _dataDirectory));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.True(File.Exists(Path.Combine(_dataDirectory, "connectorbot.db")));
    }

    [Fact]
    public async Task Healthz_answers_503_when_the_table_service_cannot_be_reached()
    {
        // Port 1 on loopback: nothing listens, so every attempt is refused at once.
        using var factory = Bot(("Storage:ConnectionString", "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:1/devstoreaccount1"));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("Unhealthy", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Eby8vdM02", text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private static WebApplicationFactory<Program> Bot(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
}
