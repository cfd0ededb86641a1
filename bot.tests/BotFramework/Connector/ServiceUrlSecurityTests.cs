using System.Net;
using System.Net.Sockets;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.Tests.BotFramework.Connector;

public class ServiceUrlSecurityTests
{
    [Fact]
    public async Task Without_an_app_id_loopback_calls_go_out_without_a_token()
    {
        await using var bed = await ConnectorTestBed.StartAsync(AnonymousTokenProvider.Instance);

        await bed.Client.SendToConversationAsync(bed.ServiceUrl, "a:1", new Activity { Text = "hi" });

        Assert.Null(Assert.Single(bed.Fake.Calls).Authorization);
    }

    [Fact]
    public async Task With_credentials_loopback_http_still_gets_the_token()
    {
        await using var bed = await ConnectorTestBed.StartAsync(new StaticTokenProvider("tkn"));

        bed.Fake.AddTeam(new TeamDetails("19:t", "T", "g"));

        await bed.Client.GetTeamDetailsAsync(bed.ServiceUrl, "19:t");

        Assert.Equal("Bearer tkn", Assert.Single(bed.Fake.Calls).Authorization);
    }

    [Fact]
    public async Task A_token_is_never_sent_to_plain_http_on_another_host()
    {
        await using var fake = await FakeConnector.StartAsync();
        using var http = RedirectingClient(fake);
        var client = new ConnectorClient(http, new StaticTokenProvider("tkn"), ConnectorTestBed.FastOptions());

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync("http://smba.example.com/teams/", "a:1", new Activity { Text = "hi" }));

        Assert.Equal(ConnectorOutcome.InsecureServiceUrl, error.Outcome);
        Assert.Empty(fake.Calls);
    }

    [Fact]
    public async Task Anonymous_calls_to_another_host_carry_no_token_either()
    {
        await using var fake = await FakeConnector.StartAsync();
        using var http = RedirectingClient(fake);
        var client = new ConnectorClient(http, null, ConnectorTestBed.FastOptions());

        await client.SendToConversationAsync("http://connector.example.com/", "a:1", new Activity { Text = "hi" });

        var call = Assert.Single(fake.Calls);
        Assert.Equal("connector.example.com", call.Headers["Host"]);
        Assert.Null(call.Authorization);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/", true)]
    [InlineData("http://localhost:56150/_connector/", true)]
    [InlineData("http://127.0.0.1:3978/", true)]
    [InlineData("http://[::1]:3978/", true)]
    [InlineData("http://smba.trafficmanager.net/teams/", false)]
    [InlineData("http://localhost.example.com/", false)]
    [InlineData("http://10.0.0.5/", false)]
    public void Credentials_travel_only_over_https_or_loopback(string url, bool allowed)
    {
        Assert.Equal(allowed, ServiceUrl.MayCarryCredentials(new Uri(url)));
    }

    [Theory]
    [InlineData("ftp://example.com/")]
    [InlineData("not a url")]
    [InlineData("/relative/")]
    public void Service_urls_must_be_absolute_http(string url)
    {
        Assert.Throws<ArgumentException>(() => ServiceUrl.Normalize(url));
    }

    [Fact]
    public void Service_urls_lose_query_and_fragment_and_end_in_one_slash()
    {
        Assert.Equal("https://smba.trafficmanager.net/amer/", ServiceUrl.Normalize("https://smba.trafficmanager.net/amer//?x=1#y").ToString());
    }

    /// <summary>An HttpClient that connects every host name to the fake, so "remote" hosts can be observed safely.</summary>
    private static HttpClient RedirectingClient(FakeConnector fake) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (_, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, fake.ServiceUrl.Port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
    });
}
