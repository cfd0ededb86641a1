using System.Net;
using System.Text.Json;

using ConnectorBot.Embeddings;
using ConnectorBot.Interview;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Privacy;
using ConnectorBot.Tests.Storage.Contract;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Embeddings;

/// <summary>
/// The whole bot with its default provider (the local model): a member who answers and agrees is embedded in the
/// background, the row is in their "export" and gone after "forget me". Run on each store by a small subclass.
/// </summary>
public abstract class EmbeddingsChatContract : IAsyncLifetime
{
    protected BotHarness Bot { get; private set; } = null!;

    protected abstract string? StorageConnectionString { get; }

    public async Task InitializeAsync() => Bot = await BotHarness.StartAsync(StorageConnectionString);

    public async Task DisposeAsync() => await Bot.DisposeAsync();

    [Fact]
    public async Task A_member_who_answers_is_embedded_in_the_background_exported_and_forgotten()
    {
        var tenant = Bot.Teams.TenantId;
        var memberId = Bot.Teams.User.AadObjectId!;
        using (var install = await Bot.PostAsync(Bot.Teams.PersonalInstall()))
        {
            Assert.Equal(HttpStatusCode.OK, install.StatusCode);
        }

        await Bot.SayAsync("Open a repair café in the old market hall");
        await Bot.SayAsync("A landlord with a free shop front");
        await Bot.SayAsync("Fixing bikes and toasters");
        Assert.Equal([InterviewStrings.ConsentGiven], await Bot.SayAsync("yes"));
        await IdleAsync();

        var row = Assert.Single((await Bot.Services.GetRequiredService<MeaningStore>().ReadAsync(tenant, EmbeddingsOptions.LocalProvider, [memberId], CancellationToken.None)).Values);
        Assert.Equal(SharedLocalModel.Model.Model, row.Model);

        using var json = JsonDocument.Parse(await ExportFiles.ExportFileAsync(Bot));
        var exported = json.RootElement.GetProperty("tables").GetProperty(MeaningStore.TableName)[0];
        Assert.Equal(memberId, exported.GetProperty("MemberId").GetString());
        Assert.Equal(row.TextHash, exported.GetProperty("TextHash").GetString());
        Assert.Equal(row.Ask.Length, exported.GetProperty("Dimensions").GetInt32());

        await Bot.SayAsync("forget me");
        Assert.Equal([InterviewStrings.Forgotten], await Bot.SayAsync("yes"));
        await IdleAsync();

        Assert.Empty(await Bot.Services.GetRequiredService<MeaningStore>().ReadAsync(tenant, EmbeddingsOptions.LocalProvider, [memberId], CancellationToken.None));
    }

    [Fact]
    public async Task Answers_of_a_member_who_has_not_agreed_to_intros_are_not_embedded()
    {
        using (var install = await Bot.PostAsync(Bot.Teams.PersonalInstall()))
        {
            Assert.Equal(HttpStatusCode.OK, install.StatusCode);
        }

        await Bot.SayAsync("Open a repair café in the old market hall");
        await Bot.SayAsync("A landlord with a free shop front");
        await Bot.SayAsync("Fixing bikes and toasters");
        Assert.Equal([InterviewStrings.ConsentRefused], await Bot.SayAsync("no"));
        await IdleAsync();

        Assert.Empty(await Bot.Services.GetRequiredService<MeaningStore>().ReadAsync(Bot.Teams.TenantId, EmbeddingsOptions.LocalProvider, [Bot.Teams.User.AadObjectId!], CancellationToken.None));
    }

    private async Task IdleAsync()
    {
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await Bot.Services.GetRequiredService<MeaningRefresher>().WhenIdleAsync(hang.Token);
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
