using System.Net;

using ConnectorBot.Embeddings;

namespace ConnectorBot.Tests.Embeddings;

/// <summary>The HTTP client alone against a loopback Azure OpenAI: the request's shape, batching, auth, retries, failures.</summary>
public sealed class AzureOpenAiEmbeddingsTests : IAsyncLifetime
{
    private FakeAzureOpenAi _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeAzureOpenAi.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task The_request_has_the_documented_path_query_key_and_body_and_the_vectors_come_back_in_input_order()
    {
        await using var host = EmbeddingsHost.Create(_fake);
        string[] texts = ["first text", "second text", "third text"];

        var vectors = await host.Get<AzureOpenAiEmbeddings>().EmbedAsync(texts, CancellationToken.None);

        var call = Assert.Single(_fake.Calls);
        Assert.Equal($"/openai/deployments/{EmbeddingsHost.Deployment}/embeddings?api-version=2024-10-21", call.Target);
        Assert.Equal(EmbeddingsHost.ApiKey, call.ApiKey);
        Assert.Null(call.Authorization);
        Assert.StartsWith("application/json", call.ContentType, StringComparison.Ordinal);
        Assert.Equal(["input"], call.BodyFields);
        Assert.Equal(texts, call.Input);

        // The fake lists the items in reverse: the client orders them by index.
        Assert.Equal(texts.Select(t => FakeAzureOpenAi.VectorFor(t)), vectors);
    }

    [Fact]
    public async Task Dimensions_are_sent_when_set()
    {
        await using var host = EmbeddingsHost.Create(_fake, settings: new Dictionary<string, string?> { ["Embeddings:Dimensions"] = "256" });

        var vectors = await host.Get<AzureOpenAiEmbeddings>().EmbedAsync(["a text"], CancellationToken.None);

        var call = Assert.Single(_fake.Calls);
        Assert.Equal(["input", "dimensions"], call.BodyFields);
        Assert.Equal(256, call.Dimensions);
        Assert.Equal(256, Assert.Single(vectors).Length);
    }

    [Fact]
    public async Task Texts_go_in_batches_of_the_batch_size()
    {
        await using var host = EmbeddingsHost.Create(_fake);
        var texts = Enumerable.Range(1, 10).Select(i => $"text number {i}").ToList();

        var vectors = await host.Get<AzureOpenAiEmbeddings>().EmbedAsync(texts, CancellationToken.None);

        Assert.Equal([4, 4, 2], _fake.Calls.Select(c => c.Input.Count));
        Assert.Equal(texts, _fake.Embedded);
        Assert.Equal(texts.Select(t => FakeAzureOpenAi.VectorFor(t)), vectors);
    }

    [Fact]
    public async Task Without_a_key_a_bearer_token_for_cognitive_services_is_sent_and_reused()
    {
        var credential = new StubCredential();
        await using var host = EmbeddingsHost.Create(_fake, settings: new Dictionary<string, string?> { ["Embeddings:ApiKey"] = string.Empty }, credential: credential);
        var client = host.Get<AzureOpenAiEmbeddings>();

        await client.EmbedAsync(["one", "two", "three", "four", "five"], CancellationToken.None);
        await client.EmbedAsync(["six"], CancellationToken.None);

        Assert.Equal(3, _fake.Calls.Count);
        Assert.All(_fake.Calls, c => Assert.Equal("Bearer entra-token-1", c.Authorization));
        Assert.All(_fake.Calls, c => Assert.Null(c.ApiKey));
        Assert.Equal(1, credential.Issued);
        Assert.Equal(["https://cognitiveservices.azure.com/.default"], credential.Scopes);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task A_throttled_or_unavailable_answer_is_tried_again_after_its_retry_after(int status)
    {
        await using var host = EmbeddingsHost.Create(_fake);
        _fake.FailNext(status, retryAfter: "7");
        var before = host.Clock.GetUtcNow();

        var vectors = await host.Get<AzureOpenAiEmbeddings>().EmbedAsync(["throttled text"], CancellationToken.None);

        Assert.Equal(FakeAzureOpenAi.VectorFor("throttled text"), Assert.Single(vectors));
        Assert.Equal(2, _fake.Calls.Count);

        // The wait was on the injected clock, for as long as the service asked.
        Assert.Equal(TimeSpan.FromSeconds(7), host.Clock.GetUtcNow() - before);
    }

    [Fact]
    public async Task A_retry_after_date_is_honoured_and_a_long_one_is_capped()
    {
        await using var host = EmbeddingsHost.Create(_fake, settings: new Dictionary<string, string?> { ["Embeddings:MaxRetryDelay"] = "00:00:30" });
        var before = host.Clock.GetUtcNow();
        _fake.FailNext(429, retryAfter: before.AddHours(1).ToString("R", System.Globalization.CultureInfo.InvariantCulture));

        await host.Get<AzureOpenAiEmbeddings>().EmbedAsync(["text"], CancellationToken.None);

        Assert.Equal(2, _fake.Calls.Count);
        Assert.Equal(TimeSpan.FromSeconds(30), host.Clock.GetUtcNow() - before);
    }

    [Fact]
    public async Task Repeated_server_errors_end_in_an_error_naming_the_status_and_deployment_only()
    {
        await using var host = EmbeddingsHost.Create(_fake);
        _fake.FailNext(500, times: 10);
        const string Secret = "Quietly move to the Lisbon office";

        var error = await Assert.ThrowsAsync<EmbeddingsException>(() => host.Get<AzureOpenAiEmbeddings>().EmbedAsync([Secret], CancellationToken.None));

        Assert.Equal(4, _fake.Calls.Count);
        Assert.Equal(HttpStatusCode.InternalServerError, error.Status);
        Assert.Equal($"Azure OpenAI answered 500 for deployment {EmbeddingsHost.Deployment}.", error.Message);
        Assert.DoesNotContain(host.Logs.Texts, t => t.Contains("Lisbon", StringComparison.Ordinal) || t.Contains(EmbeddingsHost.ApiKey, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    public async Task A_refusal_is_not_tried_again(int status)
    {
        await using var host = EmbeddingsHost.Create(_fake);
        _fake.FailNext(status);

        var error = await Assert.ThrowsAsync<EmbeddingsException>(() => host.Get<AzureOpenAiEmbeddings>().EmbedAsync(["text"], CancellationToken.None));

        Assert.Single(_fake.Calls);
        Assert.Equal((HttpStatusCode)status, error.Status);
    }

    [Fact]
    public async Task An_unreachable_service_is_tried_max_attempts_times_then_reported_without_a_status()
    {
        // A loopback port nothing listens on.
        int port;
        using (var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        await using var host = EmbeddingsHost.Create(_fake, settings: new Dictionary<string, string?> { ["Embeddings:Endpoint"] = $"http://127.0.0.1:{port}/", ["Embeddings:MaxAttempts"] = "2" });

        var error = await Assert.ThrowsAsync<EmbeddingsException>(() => host.Get<AzureOpenAiEmbeddings>().EmbedAsync(["text"], CancellationToken.None));

        Assert.Null(error.Status);
        Assert.Equal($"Azure OpenAI did not answer for deployment {EmbeddingsHost.Deployment}.", error.Message);
        Assert.Empty(_fake.Calls);
    }
}
