using System.Net;

using ConnectorBot.BotFramework.Files;

namespace ConnectorBot.Tests.BotFramework.Files;

/// <summary>fileConsent/invoke through /api/messages: answers the router cannot place get 400 and change nothing.</summary>
public sealed class FileConsentRoutingTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("""{ "type": "fileUpload", "action": "accept" }""")]
    [InlineData("""{ "type": "fileUpload", "action": "maybe", "context": { "kind": "interview.export" } }""")]
    [InlineData("""{ "type": "fileUpload", "action": "accept", "context": { "kind": "someone.elses" } }""")]
    [InlineData("""{ "type": "fileUpload", "action": "decline", "context": "interview.export" }""")]
    public async Task A_consent_answer_without_a_known_kind_or_action_gets_400_and_nothing_is_sent_or_uploaded(string value)
    {
        var invoke = _bot.Teams.Invoke(FileConsentAnswer.InvokeName, System.Text.Json.JsonDocument.Parse(value).RootElement);

        using var response = await _bot.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_bot.Connector.CallsTo(FakeRoute.SendToConversation));
        Assert.Empty(_bot.Connector.CallsTo(FakeRoute.Upload));
    }

    [Fact]
    public void A_consent_card_carries_its_context_both_ways_and_the_file_name()
    {
        var context = new System.Text.Json.Nodes.JsonObject { [FileConsentAnswer.KindField] = "test.kind" };

        var card = FileCards.Consent("my.json", "A file", 42, context);

        Assert.Equal(FileCards.ConsentContentType, card.ContentType);
        Assert.Equal("my.json", card.Name);
        Assert.Equal(42, card.Content!.Value.GetProperty("sizeInBytes").GetInt64());
        Assert.Equal("test.kind", card.Content.Value.GetProperty("acceptContext").GetProperty("kind").GetString());
        Assert.Equal("test.kind", card.Content.Value.GetProperty("declineContext").GetProperty("kind").GetString());
    }
}
