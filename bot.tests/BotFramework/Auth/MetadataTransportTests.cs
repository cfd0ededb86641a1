using ConnectorBot.BotFramework.Auth;

namespace ConnectorBot.Tests.BotFramework.Auth;

/// <summary>Plain http for metadata is tolerated on loopback only; production URLs stay https.</summary>
public sealed class MetadataTransportTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000/keys", true)]
    [InlineData("http://[::1]:5000/keys", true)]
    [InlineData("http://localhost:5000/keys", true)]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration", false)]
    [InlineData("http://10.0.0.1/keys", false)]
    [InlineData("not a url", false)]
    public void Loopback_is_recognised(string url, bool loopback)
    {
        Assert.Equal(loopback, LoopbackUrl.IsLoopback(url));
    }

    [Fact]
    public async Task Plain_http_to_another_host_is_refused_before_any_request()
    {
        using var http = new HttpClient(new RefusingHandler());
        var downloader = new SigningKeyDownloader(() => http);

        await Assert.ThrowsAsync<ArgumentException>(() => downloader.DownloadAsync("http://login.botframework.com/v1/.well-known/openidconfiguration", CancellationToken.None));
    }

    [Fact]
    public void Endorsements_are_read_from_each_key()
    {
        var keys = SigningKeyDownloader.Parse("""
            {"keys":[
              {"kty":"RSA","kid":"a","n":"AQAB","e":"AQAB","endorsements":["msteams","webchat"]},
              {"kty":"RSA","kid":"b","n":"AQAB","e":"AQAB"},
              {"kty":"RSA","n":"AQAB","e":"AQAB","endorsements":["msteams"]},
              {"kty":"RSA","kid":"c","use":"enc","n":"AQAB","e":"AQAB","endorsements":["msteams"]}
            ]}
            """);

        Assert.Equal(["a", "b"], keys.Keys.Order());
        Assert.True(keys["a"].Endorses("msteams"));
        Assert.False(keys["b"].Endorses("msteams"));
    }

    /// <summary>Fails the test if a request is ever sent.</summary>
    private sealed class RefusingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("no request may be sent");
    }
}
