using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ConnectorBot.Tests.BotFramework;

public sealed class DevelopmentSwitchTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void The_unauthenticated_loopback_switch_is_refused_at_startup_outside_development(string environment)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("Bot:AllowUnauthenticatedLoopback", "true");
            builder.UseSetting("Storage:DataDirectory", Path.Combine(Path.GetTempPath(), "connectorbot-switch-" + Guid.NewGuid().ToString("N")));
        });

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("AllowUnauthenticatedLoopback", error.Message, StringComparison.Ordinal);
        Assert.Contains(environment, error.Message, StringComparison.Ordinal);
    }
}

/// <summary>The switch on, in Development, on a real loopback socket: in without a token, and out without one too.</summary>
public sealed class UnauthenticatedLoopbackTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "connectorbot-loopback-" + Guid.NewGuid().ToString("N"));
    private FakeConnector _connector = null!;
    private WebApplicationFactory<Program> _factory = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Bot:AllowUnauthenticatedLoopback", "true");
            builder.UseSetting("Bot:AppId", TestIssuer.AppId);
            builder.UseSetting("Bot:AppPassword", "secret");
            builder.UseSetting("Bot:TokenEndpoint", _connector.TokenEndpointFormat);
            builder.UseSetting("Storage:DataDirectory", _dataDirectory);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        _factory.UseKestrel(0);
        _factory.StartServer();
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task A_loopback_request_without_a_token_is_answered_without_a_token()
    {
        using var client = _factory.CreateClient();
        Assert.True(client.BaseAddress!.IsLoopback);
        var teams = new TeamsActivities(_connector.ServiceUrl.ToString());

        using var response = await client.PostAsync("/api/messages", System.Net.Http.Json.JsonContent.Create(teams.PersonalMessage("help"), options: ConnectorBot.BotFramework.Schema.BotJson.Options));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(_connector.CallsTo(FakeRoute.SendToConversation));
        Assert.Null(call.Authorization);
        Assert.Equal(0, _connector.TokensIssued);
    }

    [Fact]
    public async Task In_a_local_tool_that_says_msteams_the_complete_export_comes_in_a_card_not_as_a_file()
    {
        // The Agents Playground says "msteams" but shows file consent cards and JSON attachments as unsupported; it never
        // signs its requests. So the complete copy comes inside a card, behind a button.
        using var client = _factory.CreateClient();
        var teams = new TeamsActivities(_connector.ServiceUrl.ToString());
        foreach (var text in new[] { "hello", "Open a repair café", "export" })
        {
            using var response = await client.PostAsync("/api/messages", System.Net.Http.Json.JsonContent.Create(teams.PersonalMessage(text), options: ConnectorBot.BotFramework.Schema.BotJson.Options));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        var attachments = _connector.OutgoingActivities.SelectMany(a => a.Attachments ?? []).ToList();
        Assert.DoesNotContain(attachments, a => a.ContentType == ConnectorBot.BotFramework.Files.FileCards.ConsentContentType);
        Assert.DoesNotContain(attachments, a => a.ContentType == "application/json");
        var copy = Assert.Single(attachments, a => a.Content is { } c && c.ToString().Contains("Action.ShowCard", StringComparison.Ordinal));
        var shown = copy.Content!.Value.GetProperty("actions")[0].GetProperty("card").GetProperty("body")[0];
        Assert.Equal("Monospace", shown.GetProperty("fontType").GetString());
        Assert.Contains("Open a repair café", shown.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_loopback_request_without_a_token_naming_a_remote_service_url_is_refused()
    {
        using var client = _factory.CreateClient();
        var teams = new TeamsActivities("https://smba.trafficmanager.net/teams/");

        using var response = await client.PostAsync("/api/messages", System.Net.Http.Json.JsonContent.Create(teams.PersonalMessage("help"), options: ConnectorBot.BotFramework.Schema.BotJson.Options));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }
}
