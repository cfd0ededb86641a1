using System.Net;
using System.Text;
using System.Text.Json;

using ConnectorBot.BotFramework.Files;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Privacy;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Storage.Contract;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Privacy;

/// <summary>
/// "export" through /api/messages: a summary card in plain words, and the complete copy as a file: in Teams through
/// the file consent card (Allow uploads it, Decline, an old card and a failed upload are each said as they are),
/// elsewhere attached. Run on each store by a small subclass.
/// </summary>
public abstract class ExportContract : IAsyncLifetime
{
    private const string Goal = "Plan **iced-tea** promotions around <at>heatwaves</at> instead of guessing.";
    private const string Who = "someone who can tell me if hot spells really sell more iced tea";
    private const string Give = "I did the post-mortem on every supermarket promotion we ran last year.";

    // What the tester saw in the old export: table and field names, none of which the member should have to read.
    private static readonly string[] InternalNames =
        ["Accomplish", "ConnectWith", "EditingOne", "ChatServiceUrl", "ChatConversationId", "OfferSkipped", "Profiles", "Interviews", "PartitionKey", "RowKey", "tenantId", "memberId", "tables", "```"];

    protected BotHarness Bot { get; private set; } = null!;

    protected abstract string? StorageConnectionString { get; }

    public async Task InitializeAsync() => Bot = await BotHarness.StartAsync(StorageConnectionString);

    public async Task DisposeAsync() => await Bot.DisposeAsync();

    [Fact]
    public async Task In_Teams_export_shows_a_summary_in_plain_words_and_offers_the_file()
    {
        await AnswerEverythingAsync();

        var sent = await ExportAsync();

        var summary = Assert.Single(sent, a => a.Attachments?.FirstOrDefault()?.ContentType == Attachment.AdaptiveCardContentType);
        var card = summary.Attachments![0].Content!.Value.GetRawText();
        Assert.Contains(PrivacyStrings.Title, card, StringComparison.Ordinal);
        Assert.Contains(PrivacyStrings.AnswersTitle, card, StringComparison.Ordinal);
        Assert.Contains("heatwaves", card, StringComparison.Ordinal);
        Assert.Contains("hot spells", card, StringComparison.Ordinal);
        Assert.Contains(JsonSerializer.Serialize(InterviewStrings.Cards.ConsentGiven)[1..^1], card, StringComparison.Ordinal);

        // The answer is escaped: no bold, no mention markup.
        Assert.DoesNotContain("**iced-tea**", card, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", card, StringComparison.Ordinal);

        // The other kinds of record are counted in the member's words, never named by table or field.
        var facts = Facts(summary);
        Assert.Equal("1", facts[PrivacyStrings.ChatSoFar]);
        Assert.All(InternalNames, name => Assert.DoesNotContain(name, card, StringComparison.Ordinal));
        Assert.DoesNotContain(Bot.Teams.User.AadObjectId!, card, StringComparison.Ordinal);
        Assert.DoesNotContain(Bot.Teams.TenantId, card, StringComparison.Ordinal);

        var consent = ExportFiles.ConsentCard(sent);
        Assert.StartsWith("connectorbot-my-data-", consent.Name, StringComparison.Ordinal);
        Assert.EndsWith(".json", consent.Name, StringComparison.Ordinal);
        Assert.True(consent.Content!.Value.GetProperty("sizeInBytes").GetInt64() > 0);
        Assert.Equal(PrivacyStrings.FileDescription, consent.Content.Value.GetProperty("description").GetString());
        Assert.Equal(ExportFileConsent.Kind, consent.Content.Value.GetProperty("acceptContext").GetProperty(FileConsentAnswer.KindField).GetString());

        // The card's context travels through the client: nothing about the member rides on it.
        var raw = consent.Content.Value.GetRawText();
        Assert.DoesNotContain(Bot.Teams.User.AadObjectId!, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("heatwaves", raw, StringComparison.Ordinal);
        Assert.Equal(PrivacyStrings.FileOffered, Assert.Single(sent, a => a.Attachments?.Contains(consent) == true).Text);
        Assert.Empty(Bot.Connector.CallsTo(FakeRoute.Upload));
    }

    [Fact]
    public async Task Allowing_the_file_uploads_the_complete_export_then_shows_the_file_card()
    {
        await AnswerEverythingAsync();
        var consent = ExportFiles.ConsentCard(await ExportAsync());
        var before = Bot.Connector.OutgoingActivities.Count;

        var uploaded = await ExportFiles.AllowAndReadUploadAsync(Bot, Bot.Teams.PersonalMessage(string.Empty), consent);

        using (var json = JsonDocument.Parse(uploaded))
        {
            var root = json.RootElement;
            Assert.Equal(Bot.Teams.TenantId, root.GetProperty("tenantId").GetString());
            var profile = root.GetProperty("tables").GetProperty(ProfileStore.TableName)[0];
            Assert.Equal(Goal, profile.GetProperty("Accomplish").GetString());
            Assert.Equal(Give, profile.GetProperty("Offer").GetString());
            Assert.True(root.GetProperty("tables").TryGetProperty(InterviewSessionStore.TableName, out _));
        }

        Assert.False(Bot.Connector.CallsTo(FakeRoute.Upload)[0].Headers.ContainsKey("Authorization"));
        var reply = Assert.Single(Bot.SentSince(before));
        Assert.Equal(PrivacyStrings.FileSent, reply.Text);
        var info = Assert.Single(reply.Attachments!);
        Assert.Equal(FileCards.InfoContentType, info.ContentType);
        Assert.Equal(ExportFiles.ContentUrlBase + consent.Name, info.ContentUrl);
        Assert.Equal(consent.Name, info.Name);
        Assert.Equal("1150D938-8870-4044-9F2C-5BBDEBA70C9D", info.Content!.Value.GetProperty("uniqueId").GetString());
        Assert.Equal("json", info.Content.Value.GetProperty("fileType").GetString());
    }

    [Fact]
    public async Task Declining_the_file_says_so_and_uploads_nothing()
    {
        await AnswerEverythingAsync();
        var consent = ExportFiles.ConsentCard(await ExportAsync());
        var before = Bot.Connector.OutgoingActivities.Count;

        using var response = await Bot.PostAsync(ExportFiles.Answer(Bot, Bot.Teams.PersonalMessage(string.Empty), consent, allow: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([PrivacyStrings.Declined], Bot.SentSince(before).Select(a => a.Text));
        Assert.Empty(Bot.Connector.CallsTo(FakeRoute.Upload));
    }

    [Theory]
    [InlineData(404, nameof(PrivacyStrings.Expired))]
    [InlineData(410, nameof(PrivacyStrings.Expired))]
    [InlineData(500, nameof(PrivacyStrings.UploadFailed))]
    [InlineData(403, nameof(PrivacyStrings.UploadFailed))]
    public async Task An_upload_the_session_refuses_is_told_truthfully_and_no_file_card_is_shown(int status, string said)
    {
        await AnswerEverythingAsync();
        var consent = ExportFiles.ConsentCard(await ExportAsync());
        Bot.Connector.Script(FakeRoute.Upload, FakeResponse.WithStatus(status));
        var before = Bot.Connector.OutgoingActivities.Count;

        using var response = await Bot.PostAsync(ExportFiles.Answer(Bot, Bot.Teams.PersonalMessage(string.Empty), consent, allow: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(Bot.Connector.CallsTo(FakeRoute.Upload));
        var expected = said == nameof(PrivacyStrings.Expired) ? PrivacyStrings.Expired : PrivacyStrings.UploadFailed;
        var reply = Assert.Single(Bot.SentSince(before));
        Assert.Equal(expected, reply.Text);
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public async Task A_card_allowed_more_than_a_day_later_has_expired_and_uploads_nothing()
    {
        await AnswerEverythingAsync();
        var consent = ExportFiles.ConsentCard(await ExportAsync());
        var before = Bot.Connector.OutgoingActivities.Count;
        var old = new { kind = ExportFileConsent.Kind, askedAt = DateTimeOffset.UtcNow.AddDays(-2).ToString("O") };

        using var response = await Bot.PostAsync(ExportFiles.Answer(Bot, Bot.Teams.PersonalMessage(string.Empty), consent, allow: true, context: _ => old));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([PrivacyStrings.Expired], Bot.SentSince(before).Select(a => a.Text));
        Assert.Empty(Bot.Connector.CallsTo(FakeRoute.Upload));
    }

    [Fact]
    public async Task Allowing_the_file_after_forget_me_uploads_nothing_as_nothing_is_kept()
    {
        await AnswerEverythingAsync();
        var consent = ExportFiles.ConsentCard(await ExportAsync());
        await Bot.SayAsync("forget me");
        Assert.Equal([InterviewStrings.Forgotten], await Bot.SayAsync("yes"));
        var before = Bot.Connector.OutgoingActivities.Count;

        using var response = await Bot.PostAsync(ExportFiles.Answer(Bot, Bot.Teams.PersonalMessage(string.Empty), consent, allow: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([InterviewStrings.NothingStored], Bot.SentSince(before).Select(a => a.Text));
        Assert.Empty(Bot.Connector.CallsTo(FakeRoute.Upload));
    }

    [Fact]
    public async Task Outside_Teams_the_summary_comes_with_the_complete_file_attached()
    {
        await AnswerEverythingAsync();
        var before = Bot.Connector.OutgoingActivities.Count;

        using var response = await Bot.PostAsync(Bot.Teams.PersonalMessage("export") with { ChannelId = "webchat" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Bot.SentSince(before);
        Assert.Equal(Attachment.AdaptiveCardContentType, sent[0].Attachments![0].ContentType);
        Assert.DoesNotContain(sent.SelectMany(a => a.Attachments ?? []), a => a.ContentType == FileCards.ConsentContentType);
        var file = Assert.Single(sent[1].Attachments!);
        Assert.Equal(PrivacyStrings.FileAttached, sent[1].Text);
        Assert.Equal("application/json", file.ContentType);
        Assert.EndsWith(".json", file.Name, StringComparison.Ordinal);
        const string Prefix = "data:application/json;base64,";
        Assert.StartsWith(Prefix, file.ContentUrl, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(file.ContentUrl![Prefix.Length..])));
        Assert.Equal(Goal, json.RootElement.GetProperty("tables").GetProperty(ProfileStore.TableName)[0].GetProperty("Accomplish").GetString());
    }

    [Fact]
    public async Task Someone_with_nothing_kept_is_told_so_and_offered_no_file()
    {
        using var response = await Bot.PostAsync(Bot.Teams.PersonalMessage("export"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(Bot.Connector.OutgoingActivities);
        Assert.Equal(InterviewStrings.NothingStored, reply.Text);
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public void Every_store_of_member_data_has_its_own_words_in_the_summary()
    {
        // A new store would otherwise be counted as "other records": the file has its rows, the summary should say what they are.
        var stores = Bot.Services.GetServices<IMemberData>().Where(s => s is not PersonalChatMarkers).Select(s => s.Name).ToList();

        Assert.NotEmpty(stores);
        Assert.All(stores, name => Assert.True(PrivacyStrings.Knows(name), $"The store {name} has no words in the export summary."));
    }

    private async Task AnswerEverythingAsync()
    {
        await Bot.SayAsync("hello");
        await Bot.SayAsync(Goal);
        await Bot.SayAsync(Who);
        await Bot.SayAsync(Give);
        await Bot.SayAsync("yes");
    }

    private async Task<IReadOnlyList<Activity>> ExportAsync()
    {
        var before = Bot.Connector.OutgoingActivities.Count;
        await Bot.SayAsync("export");
        return Bot.SentSince(before);
    }

    private static Dictionary<string, string> Facts(Activity summary)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        Collect(summary.Attachments![0].Content!.Value);
        return facts;

        void Collect(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                if (element.TryGetProperty("title", out var title) && element.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String)
                {
                    facts[title.GetString()!] = value.GetString()!;
                }

                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item);
                }
            }
        }
    }
}

public sealed class EmbeddedExportTests : ExportContract
{
    protected override string? StorageConnectionString => null;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteExportTests(AzuriteFixture azurite) : ExportContract
{
    protected override string? StorageConnectionString => azurite.ConnectionString;
}
