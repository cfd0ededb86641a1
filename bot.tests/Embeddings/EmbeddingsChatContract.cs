using System.Text.Json;

using ConnectorBot.Embeddings;
using ConnectorBot.Interview;
using ConnectorBot.Intros;
using ConnectorBot.Matching;
using ConnectorBot.Storage.Records;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Storage.Contract;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Embeddings;

/// <summary>
/// The whole bot with embeddings on, against a loopback Azure OpenAI: a member's meanings are in their "export" and gone
/// after "forget me". Run on each store by a small subclass.
/// </summary>
public abstract class EmbeddingsChatContract : IAsyncLifetime
{
    private FakeAzureOpenAi _fake = null!;

    protected BotHarness Bot { get; private set; } = null!;

    protected abstract string? StorageConnectionString { get; }

    public async Task InitializeAsync()
    {
        _fake = await FakeAzureOpenAi.StartAsync();
        Bot = await BotHarness.StartAsync(StorageConnectionString, settingOverrides: new Dictionary<string, string?>
        {
            ["Embeddings:Enabled"] = "true",
            ["Embeddings:Endpoint"] = _fake.Endpoint.ToString(),
            ["Embeddings:Deployment"] = EmbeddingsHost.Deployment,
            ["Embeddings:ApiKey"] = EmbeddingsHost.ApiKey,
        });
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task A_members_meanings_are_in_their_export_and_forget_me_erases_them()
    {
        var tenant = Bot.Teams.TenantId;
        var memberId = Bot.Teams.User.AadObjectId!;
        var member = new MatchProfile(memberId, "Ben One", string.Empty, string.Empty, "Open a repair café", "A landlord with a free shop", "Fixing bikes");
        // A round embeds only members with answers on record.
        await Bot.Services.GetRequiredService<ProfileStore>().UpdateAsync(
            new MemberKey(tenant, memberId, Bot.Teams.User.Id!, null),
            _ => new Profile { TenantId = tenant, MemberId = memberId, Name = member.Name, Accomplish = member.Accomplish, ConnectWith = member.ConnectWith, Offer = member.Offer, Consent = true },
            CancellationToken.None);
        var meanings = await Bot.Services.GetRequiredService<IMemberMeanings>().ForAsync(tenant, [member], CancellationToken.None);
        Assert.Equal(FakeAzureOpenAi.VectorFor(TextMeaning.AskText(member)), meanings[memberId].Ask);

        var replies = await Bot.SayAsync("export my data");

        Assert.Equal(InterviewStrings.ExportIntro, replies[0]);
        using var json = JsonDocument.Parse(replies[1]["```json\n".Length..^"\n```".Length]);
        var row = json.RootElement.GetProperty("tables").GetProperty(MeaningStore.TableName)[0];
        Assert.Equal(memberId, row.GetProperty("MemberId").GetString());
        Assert.Equal(FakeAzureOpenAi.DefaultDimensions, row.GetProperty("Dimensions").GetInt32());

        await Bot.SayAsync("forget me");
        Assert.Equal([InterviewStrings.Forgotten], await Bot.SayAsync("yes"));

        Assert.Empty(await Bot.Services.GetRequiredService<MeaningStore>().ReadAsync(tenant, [memberId], CancellationToken.None));
    }
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteEmbeddingsChatTests(AzuriteFixture azurite) : EmbeddingsChatContract
{
    protected override string? StorageConnectionString => azurite.ConnectionString;
}

public sealed class EmbeddedEmbeddingsChatTests : EmbeddingsChatContract
{
    protected override string? StorageConnectionString => null;
}
