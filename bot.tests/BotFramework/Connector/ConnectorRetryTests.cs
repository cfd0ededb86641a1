using System.Net;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.Tests.BotFramework.Connector;

public class ConnectorRetryTests
{
    private static readonly Activity Hello = new() { Type = "message", Text = "hello" };

    [Theory]
    [InlineData(412)]
    [InlineData(429)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Transient_statuses_are_retried_until_success(int status)
    {
        await using var bed = await ConnectorTestBed.StartAsync();
        bed.Fake.Script(FakeRoute.SendToConversation, FakeResponse.WithStatus(status), FakeResponse.WithStatus(status));

        var result = await bed.Client.SendToConversationAsync(bed.ServiceUrl, "a:1", Hello);

        Assert.NotNull(result.Id);
        Assert.Equal(3, bed.Fake.CallsTo(FakeRoute.SendToConversation).Count);
        Assert.Single(bed.Fake.OutgoingActivities);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(500)]
    public async Task Other_failures_are_not_retried(int status)
    {
        await using var bed = await ConnectorTestBed.StartAsync();
        bed.Fake.Script(FakeRoute.SendToConversation, FakeResponse.Error(status, "Whatever"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => bed.Client.SendToConversationAsync(bed.ServiceUrl, "a:1", Hello));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal("Whatever", error.ErrorCode);
        Assert.Single(bed.Fake.Calls);
    }

    [Fact]
    public async Task Retry_after_in_seconds_is_waited_for_on_the_clock()
    {
        await using var bed = await ConnectorTestBed.StartAsync();
        bed.Fake.Script(FakeRoute.SendToConversation, FakeResponse.Throttled(TimeSpan.FromSeconds(7)));
        var before = bed.Clock.GetUtcNow();

        await bed.Client.SendToConversationAsync(bed.ServiceUrl, "a:1", Hello);

        var calls = bed.Fake.CallsTo(FakeRoute.SendToConversation);
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].ReceivedAt - calls[0].ReceivedAt >= TimeSpan.FromSeconds(7), "the retry came before Retry-After");
        Assert.True(bed.Clock.GetUtcNow() - before < TimeSpan.FromSeconds(8), "Retry-After replaces the backoff, it does not add to it");
    }

    [Fact]
    public async Task Retry_after_as_a_date_is_honoured()
    {
        await using var bed = await ConnectorTestBed.StartAsync();
        var at = bed.Clock.GetUtcNow().AddSeconds(20);
        bed.Fake.Script(FakeRoute.SendToConversation, FakeResponse.Error(503, "Busy") with { RetryAfterDate = at });

        await bed.Client.SendToConversationAsync(bed.ServiceUrl, "a:1", Hello);

        var calls = bed.Fake.CallsTo(FakeRoute.SendToConversation);
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].ReceivedAt >= at, "the retry came before the Retry-After date");
    }

    [Fact]
    public async Task Throttling_that_outlasts_the_retries_is_a_throttled_outcome()
    {
        await using var bed = await ConnectorTestBed.StartAsync(options: ConnectorTestBed.FastOptions(o => { o.MaxRetries = 2; }));
        bed.Fake.Script(FakeRoute.SendToConversation, Enumerable.Repeat(FakeResponse.Throttled(TimeSpan.FromSeconds(1)), 5).ToArray());

        var error = await Assert.ThrowsAsync<ConnectorException>(() => bed.Client.SendToConversationAsync(bed.ServiceUrl, "a:1", Hello));

        Assert.Equal(ConnectorOutcome.Throttled, error.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(1), error.RetryAfter);
        Assert.Equal(3, bed.Fake.Calls.Count);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_cap_fails_at_once_for_the_caller_to_reschedule()
    {
        await using var bed = await ConnectorTestBed.StartAsync();
        bed.Fake.Script(FakeRoute.SendToConversation, FakeResponse.Throttled(TimeSpan.FromMinutes(10)));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => bed.Client.SendToConversationAsync(bed.ServiceUrl, "a:1", Hello));

        Assert.Equal(ConnectorOutcome.Throttled, error.Outcome);
        Assert.Equal(TimeSpan.FromMinutes(10), error.RetryAfter);
        Assert.Single(bed.Fake.Calls);
    }

    [Fact]
    public async Task Backoff_grows_between_retries_without_retry_after()
    {
        await using var bed = await ConnectorTestBed.StartAsync(options: ConnectorTestBed.FastOptions(o => { o.RetryBaseDelay = TimeSpan.FromSeconds(1); o.RetryMaxDelay = TimeSpan.FromSeconds(60); }));
        bed.Fake.Script(FakeRoute.SendToConversation, FakeResponse.WithStatus(503), FakeResponse.WithStatus(503), FakeResponse.WithStatus(503));

        await bed.Client.SendToConversationAsync(bed.ServiceUrl, "a:1", Hello);

        var at = bed.Fake.CallsTo(FakeRoute.SendToConversation).Select(c => c.ReceivedAt).ToList();
        var gaps = at.Zip(at.Skip(1), (a, b) => b - a).ToList();

        // Jitter keeps each delay within 50–100 % of 1 s, 2 s, 4 s.
        Assert.InRange(gaps[0], TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        Assert.InRange(gaps[1], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        Assert.InRange(gaps[2], TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task A_stalled_attempt_times_out_and_is_retried()
    {
        await using var bed = await ConnectorTestBed.StartAsync(options: ConnectorTestBed.FastOptions(o => { o.AttemptTimeout = TimeSpan.FromSeconds(1); }));
        bed.Fake.Script(FakeRoute.SendToConversation, FakeResponse.Slow(TimeSpan.FromSeconds(30)));

        var result = await bed.Client.SendToConversationAsync(bed.ServiceUrl, "a:1", Hello);

        Assert.NotNull(result.Id);
        Assert.Equal(2, bed.Fake.CallsTo(FakeRoute.SendToConversation).Count);
    }

    [Fact]
    public async Task Connection_failures_end_as_network_errors_after_the_retries()
    {
        var clock = new ManualClock { AutoAdvance = true };
        using var http = new HttpClient();
        var client = new ConnectorClient(http, null, ConnectorTestBed.FastOptions(o => { o.MaxRetries = 2; }), clock);

        // Port 1 on loopback: nothing listens there.
        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync("http://127.0.0.1:1/", "a:1", Hello));

        Assert.Equal(ConnectorOutcome.NetworkError, error.Outcome);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_retried_or_wrapped()
    {
        await using var bed = await ConnectorTestBed.StartAsync();
        bed.Fake.Script(FakeRoute.SendToConversation, FakeResponse.Slow(TimeSpan.FromSeconds(30)));
        using var cancel = new CancellationTokenSource();

        var send = bed.Client.SendToConversationAsync(bed.ServiceUrl, "a:1", Hello, cancel.Token);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (bed.Fake.Calls.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);

        Assert.Single(bed.Fake.Calls);
    }

    [Fact]
    public async Task Reads_are_retried_too()
    {
        await using var bed = await ConnectorTestBed.StartAsync();
        bed.Fake.AddTeam(new TeamDetails("19:t", "T", "g"));
        bed.Fake.Script(FakeRoute.GetTeamDetails, FakeResponse.Throttled(TimeSpan.FromSeconds(1)), FakeResponse.WithStatus(502));

        Assert.Equal("T", (await bed.Client.GetTeamDetailsAsync(bed.ServiceUrl, "19:t")).Name);
        Assert.Equal(3, bed.Fake.Calls.Count);
    }
}
