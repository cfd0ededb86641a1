using System.Net;

using Azure;

using ConnectorBot.Storage;
using ConnectorBot.Storage.Rest;

namespace ConnectorBot.Tests.Storage.Rest;

public class RestRetryTests
{
    private const string Endpoint = "http://127.0.0.1:1/devstoreaccount1";

    private static TableClient ClientOver(ScriptedHandler handler, int maxRetries = 3)
    {
        var options = new TableClientOptions { Transport = handler };
        options.Retry.MaxRetries = maxRetries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(5);
        var store = RestTableStore.FromSharedKey(new Uri(Endpoint), new TableSharedKeyCredential(TableConnectionString.DevelopmentAccountName, TableConnectionString.DevelopmentAccountKey), options);
        return new TableClient(store, "retries");
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Transient_failures_are_retried_until_success(HttpStatusCode status)
    {
        var handler = new ScriptedHandler(
            ScriptedHandler.Status(status, "ServerBusy"),
            ScriptedHandler.Status(status, "ServerBusy"),
            ScriptedHandler.Status(HttpStatusCode.NoContent, etag: "W/\"datetime'2026-01-01T00%3A00%3A00.0000001Z'\""));

        var etag = await ClientOver(handler).AddEntityAsync(new TableEntity("p", "r"));

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal("W/\"datetime'2026-01-01T00%3A00%3A00.0000001Z'\"", etag.ToString());
    }

    [Fact]
    public async Task Network_errors_are_retried()
    {
        var handler = new ScriptedHandler(ScriptedHandler.NetworkFailure(), ScriptedHandler.Status(HttpStatusCode.NoContent, etag: "W/\"x\""));

        await ClientOver(handler).UpsertEntityAsync(new TableEntity("p", "r"));

        Assert.Equal(2, handler.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.Conflict, "EntityAlreadyExists")]
    [InlineData(HttpStatusCode.PreconditionFailed, "UpdateConditionNotSatisfied")]
    [InlineData(HttpStatusCode.BadRequest, "InvalidInput")]
    [InlineData(HttpStatusCode.Forbidden, "AuthenticationFailed")]
    public async Task Conflicts_preconditions_and_client_errors_are_not_retried(HttpStatusCode status, string code)
    {
        var handler = new ScriptedHandler(ScriptedHandler.Status(status, code));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => ClientOver(handler).UpdateEntityAsync(new TableEntity("p", "r"), new ETag("W/\"1\"")));

        Assert.Single(handler.Requests);
        Assert.Equal((int)status, error.Status);
        Assert.Equal(code, error.ErrorCode);
        Assert.Contains(code, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exhausted_retries_surface_the_last_status_and_code()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.ServiceUnavailable, "ServerBusy"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => ClientOver(handler, maxRetries: 2).AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(503, error.Status);
        Assert.Equal("ServerBusy", error.ErrorCode);
    }

    [Fact]
    public async Task Exhausted_network_retries_become_a_request_failure_with_status_zero()
    {
        var handler = new ScriptedHandler(ScriptedHandler.NetworkFailure());

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => ClientOver(handler, maxRetries: 1).GetEntityAsync<TableEntity>("p", "r"));

        Assert.Equal(0, error.Status);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Every_attempt_is_signed_and_carries_the_protocol_headers()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.ServiceUnavailable), ScriptedHandler.Status(HttpStatusCode.NoContent, etag: "W/\"x\""));

        await ClientOver(handler).AddEntityAsync(new TableEntity("p", "r"));

        Assert.All(handler.Requests, r =>
        {
            Assert.StartsWith("SharedKeyLite devstoreaccount1:", r.Headers["Authorization"], StringComparison.Ordinal);
            Assert.True(r.Headers.ContainsKey("x-ms-date"));
            Assert.Equal("2020-12-06", r.Headers["x-ms-version"]);
            Assert.Equal("application/json;odata=minimalmetadata", r.Headers["Accept"]);
            Assert.Equal("return-no-content", r.Headers["Prefer"]);
        });
    }

    [Fact]
    public async Task A_weak_etag_is_sent_back_byte_for_byte()
    {
        const string weak = "W/\"datetime'2026-11-21T21%3A07%3A44.9226191Z'\"";
        var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.NoContent, etag: weak));

        await ClientOver(handler).UpdateEntityAsync(new TableEntity("p", "r"), new ETag(weak), TableUpdateMode.Replace);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(weak, request.Headers["If-Match"]);
        Assert.Equal("PUT", request.Method);
    }

    [Fact]
    public async Task Retry_after_is_honoured_within_the_maximum_delay()
    {
        var handler = new ScriptedHandler(
            _ =>
            {
                var busy = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
                busy.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
                return busy;
            },
            ScriptedHandler.Status(HttpStatusCode.NoContent, etag: "W/\"x\""));

        await ClientOver(handler).AddEntityAsync(new TableEntity("p", "r"));

        Assert.Equal(2, handler.Requests.Count);
    }
}
