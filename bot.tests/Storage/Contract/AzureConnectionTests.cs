using Azure.Data.Tables;
using Azure.Data.Tables.Sas;

using ConnectorBot.Storage.AzureTables;

namespace ConnectorBot.Tests.Storage.Contract;

/// <summary>The ways the SDK adapter reaches an account: account key (the fixture's own) and SAS.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureConnectionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_SAS_connection_string_reaches_the_account()
    {
        var sdk = azurite.CreateSdkClient();
        var sas = sdk.GenerateSasUri(TableAccountSasPermissions.All, TableAccountSasResourceTypes.All, DateTimeOffset.UtcNow.AddHours(1));
        var endpoint = sdk.Uri.GetLeftPart(UriPartial.Path);
        var store = AzureTableStore.FromConnectionString($"TableEndpoint={endpoint};SharedAccessSignature={sas.Query.TrimStart('?')}");

        var table = await store.OpenTableAsync("sas" + Guid.NewGuid().ToString("N"));
        await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });

        Assert.Equal(1, (await table.GetEntityIfExistsAsync<TableEntity>("p", "r"))?.GetInt32("V"));
        Assert.DoesNotContain("sig=", store.Endpoint.ToString(), StringComparison.Ordinal);
        await store.CheckReachableAsync();
    }

    [Fact]
    public void A_SAS_over_plain_http_to_another_machine_is_refused_without_echoing_it()
    {
        var e = Assert.Throws<ArgumentException>(() => AzureTableStore.FromConnectionString("TableEndpoint=http://example.com/acct;SharedAccessSignature=sv=2020&sig=secret"));

        Assert.DoesNotContain("secret", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("example.com", e.Message, StringComparison.Ordinal);
    }
}
