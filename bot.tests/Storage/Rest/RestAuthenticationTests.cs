using System.Net;

using Azure;
using Azure.Core;

using ConnectorBot.Storage;
using ConnectorBot.Storage.Rest;

using Moq;

namespace ConnectorBot.Tests.Storage.Rest;

public class RestAuthenticationTests
{
    [Fact]
    public void Canonicalized_resource_repeats_the_account_on_path_style_endpoints()
    {
        var emulator = new Uri("http://127.0.0.1:10002/devstoreaccount1/mytbl()?$filter=x%20eq%201");
        var azure = new Uri("https://acct.table.core.windows.net/mytbl(PartitionKey='a',RowKey='b')");

        Assert.Equal("/devstoreaccount1/devstoreaccount1/mytbl()", SharedKeyLiteAuthorizer.CanonicalizedResource("devstoreaccount1", emulator));
        Assert.Equal("/acct/mytbl(PartitionKey='a',RowKey='b')", SharedKeyLiteAuthorizer.CanonicalizedResource("acct", azure));
        Assert.Equal("/acct/?comp=properties", SharedKeyLiteAuthorizer.CanonicalizedResource("acct", new Uri("https://acct.table.core.windows.net/?restype=service&comp=properties")));
    }

    [Fact]
    public async Task Sas_travels_in_the_query_string_without_an_authorization_header()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.NoContent, etag: "W/\"x\""));
        var store = RestTableStore.FromSas(new Uri("https://acct.table.core.windows.net"), new AzureSasCredential("?sv=2020-12-06&sig=abc%2B"), new TableClientOptions { Transport = handler });

        await new TableClient(store, "sastable").DeleteEntityAsync("p", "r");

        var request = Assert.Single(handler.Requests);
        Assert.EndsWith("?sv=2020-12-06&sig=abc%2B", request.Uri.OriginalString, StringComparison.Ordinal);
        Assert.False(request.Headers.ContainsKey("Authorization"));
        Assert.Equal("*", request.Headers["If-Match"]);
    }

    [Fact]
    public void Sas_over_plain_http_is_refused_except_on_loopback()
    {
        Assert.Throws<ArgumentException>(() => RestTableStore.FromSas(new Uri("http://acct.table.core.windows.net"), new AzureSasCredential("sig=x"), null));
        Assert.Equal("devstoreaccount1", RestTableStore.FromSas(new Uri("http://127.0.0.1:10002/devstoreaccount1"), new AzureSasCredential("sig=x"), null).AccountName);
    }

    [Fact]
    public async Task Bearer_tokens_use_the_storage_scope_and_are_cached_until_near_expiry()
    {
        var credential = new Mock<TokenCredential>();
        credential
            .Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AccessToken("token-1", DateTimeOffset.UtcNow.AddHours(1)));
        var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.NoContent, etag: "W/\"x\""));
        var service = new TableServiceClient(new Uri("https://acct.table.core.windows.net"), credential.Object, new TableClientOptions { Transport = handler });
        var table = service.GetTableClient("tokens");

        await table.UpsertEntityAsync(new TableEntity("p", "1"));
        await table.UpsertEntityAsync(new TableEntity("p", "2"));

        Assert.Equal("acct", service.AccountName);
        Assert.All(handler.Requests, r => Assert.Equal("Bearer token-1", r.Headers["Authorization"]));
        credential.Verify(
            c => c.GetTokenAsync(It.Is<TokenRequestContext>(t => t.Scopes.Single() == "https://storage.azure.com/.default"), It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Fact]
    public async Task An_expiring_token_is_refreshed()
    {
        var credential = new Mock<TokenCredential>();
        credential
            .SetupSequence(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AccessToken("old", DateTimeOffset.UtcNow.AddMinutes(1)))
            .ReturnsAsync(new AccessToken("new", DateTimeOffset.UtcNow.AddHours(1)));
        var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.NoContent, etag: "W/\"x\""));
        var table = new TableServiceClient(new Uri("https://acct.table.core.windows.net"), credential.Object, new TableClientOptions { Transport = handler }).GetTableClient("tokens");

        await table.UpsertEntityAsync(new TableEntity("p", "1"));
        await table.UpsertEntityAsync(new TableEntity("p", "2"));

        Assert.Equal(["Bearer old", "Bearer new"], handler.Requests.Select(r => r.Headers["Authorization"]));
    }
}
