using System.Net;
using System.Text.Json;

using ConnectorBot.Tests.Embeddings;
using ConnectorBot.Tests.Storage.Contract;
using ConnectorBot.Understanding;
using ConnectorBot.Understanding.AzureOpenAi;

namespace ConnectorBot.Tests.Understanding.AzureOpenAi;

/// <summary>The understander through the SDK against a loopback Azure OpenAI: the request's shape, the reply, retries, time-outs, budget, privacy.</summary>
public sealed class AzureOpenAiUnderstanderTests : IAsyncLifetime
{
    private const string Secret = "Quietly leaving for the Lisbon office in May";

    private FakeAzureOpenAiChat _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeAzureOpenAiChat.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task One_call_has_the_deployment_in_the_path_the_key_the_prompt_file_as_system_message_and_asks_for_bounded_json()
    {
        await using var host = UnderstandingHost.Create(_fake);

        var understood = await host.UnderstandAsync("Alguém que saiba de CAPA", AnswerKind.ConnectWith, "pt-BR");

        var call = Assert.Single(_fake.Calls);
        Assert.Equal($"/openai/deployments/{UnderstandingHost.Deployment}/chat/completions?api-version=2024-10-21", call.Target);
        Assert.Equal(UnderstandingHost.ApiKey, call.ApiKey);
        Assert.Null(call.Authorization);
        Assert.StartsWith("application/json", call.ContentType, StringComparison.Ordinal);

        var prompt = await File.ReadAllTextAsync(Path.Combine(AzuriteFixture.FindRepoRoot(), "bot", "Understanding", "Prompts", "understand-answer.v1.md"));
        Assert.Equal([("system", prompt), ("user", """{"question":"connectWith","answer":"Alguém que saiba de CAPA","locale":"pt-BR"}""")], call.Messages.Select(m => (m.Role, m.Content)));
        Assert.Equal("json_object", call.Body.GetProperty("response_format").GetProperty("type").GetString());
        Assert.InRange(call.Body.GetProperty("temperature").GetDouble(), 0, 0.3);
        var maxTokens = call.Body.TryGetProperty("max_completion_tokens", out var completion) ? completion : call.Body.GetProperty("max_tokens");
        Assert.Equal(AzureOpenAiUnderstander.MaxOutputTokens, maxTokens.GetInt32());

        Assert.Equal("I want to meet people who know corrective and preventive actions.", understood.Plain);
        Assert.Equal(["quality management", "capa", "audits"], understood.Words);
        Assert.Equal("azure-openai", understood.Source);
        Assert.Equal("understand-answer.v1", understood.Version);
        Assert.Equal(understood.Version, host.Understander.Version);
    }

    [Theory]
    [InlineData(AnswerKind.Accomplish, "accomplish")]
    [InlineData(AnswerKind.Offer, "offer")]
    [InlineData(AnswerKind.Title, "title")]
    public async Task The_user_message_names_the_question_and_has_no_locale_when_unknown(AnswerKind kind, string question)
    {
        await using var host = UnderstandingHost.Create(_fake);

        await host.UnderstandAsync("Quality \"lead\"\nfor audits", kind);

        using var user = JsonDocument.Parse(Assert.Single(_fake.Calls).Messages[1].Content);
        Assert.Equal(["question", "answer"], user.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(question, user.RootElement.GetProperty("question").GetString());
        Assert.Equal("Quality \"lead\"\nfor audits", user.RootElement.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task Without_a_key_a_bearer_token_for_cognitive_services_is_sent()
    {
        var credential = new StubCredential();
        await using var host = UnderstandingHost.Create(_fake, new Dictionary<string, string?> { ["Understanding:ApiKey"] = string.Empty }, credential);

        await host.UnderstandAsync("first answer");
        await host.UnderstandAsync("second answer");

        Assert.Equal(2, _fake.Calls.Count);
        Assert.All(_fake.Calls, c => Assert.StartsWith("Bearer entra-token-", c.Authorization, StringComparison.Ordinal));
        Assert.All(_fake.Calls, c => Assert.Null(c.ApiKey));
        Assert.Contains(AzureOpenAiChat.TokenScope, credential.Scopes);
    }

    [Fact]
    public async Task The_reply_is_cleaned_and_bounded()
    {
        await using var host = UnderstandingHost.Create(_fake);
        var words = new List<string> { "  quality\tmanagement ", "", "Quality Management", new('x', Understood.MaxWordLength + 1), "au\u0000dits" };
        words.AddRange(Enumerable.Range(1, 20).Select(i => $"word {i}"));
        _fake.ReplyNext(JsonSerializer.Serialize(new { plain = "  Plain\r\n" + string.Join(' ', Enumerable.Repeat("text", 200)), words, extra = 1 }));

        var understood = await host.UnderstandAsync("an answer");

        Assert.StartsWith("Plain text text", understood.Plain, StringComparison.Ordinal);
        Assert.InRange(understood.Plain.Length, 1, Understood.MaxPlainLength);
        Assert.EndsWith("text", understood.Plain, StringComparison.Ordinal);
        Assert.Equal(Understood.MaxWords, understood.Words.Count);
        Assert.Equal(["quality management", "au dits", "word 1"], understood.Words.Take(3));
    }

    [Theory]
    [InlineData("not json at all: Lisbon")]
    [InlineData("""{"plain": "Lisbon", "words": "Lisbon"}""")]
    [InlineData("""{"plain": 7, "words": []}""")]
    [InlineData("""{"plain": "Lisbon", "words": ["Lisbon", 3]}""")]
    [InlineData("""["Lisbon"]""")]
    [InlineData("""{"words": ["Lisbon"]}""")]
    [InlineData("""{"plain": "   ", "words": ["Lisbon"]}""")]
    [InlineData(null)]
    public async Task An_unusable_reply_is_a_failure_that_quotes_neither_the_reply_nor_the_answer(string? reply)
    {
        await using var host = UnderstandingHost.Create(_fake);
        _fake.ReplyNext(reply);

        var error = await Assert.ThrowsAsync<UnderstandingException>(() => host.UnderstandAsync(Secret));

        Assert.Single(_fake.Calls);
        Assert.Equal(HttpStatusCode.OK, error.Status);
        Assert.Equal(1, error.Attempts);
        Assert.DoesNotContain("Lisbon", error.ToString(), StringComparison.Ordinal);
        AssertNothingPrivateLogged(host);
    }

    [Theory]
    [InlineData("<html>Lisbon</html>")]
    [InlineData("""{"choices": "Lisbon"}""")]
    public async Task A_200_that_is_no_chat_completion_is_a_failure(string body)
    {
        await using var host = UnderstandingHost.Create(_fake);
        _fake.RawNext(body);

        var error = await Assert.ThrowsAsync<UnderstandingException>(() => host.UnderstandAsync(Secret));

        Assert.Single(_fake.Calls);
        Assert.Equal(1, error.Attempts);
        Assert.DoesNotContain("Lisbon", error.ToString(), StringComparison.Ordinal);
        AssertNothingPrivateLogged(host);
    }

    [Fact]
    public async Task A_throttled_answer_is_tried_again_after_its_retry_after_capped_by_the_max_retry_delay()
    {
        await using var host = UnderstandingHost.Create(_fake, new Dictionary<string, string?> { ["Understanding:MaxRetryDelay"] = "00:00:00.050" });
        _fake.FailNext(429, retryAfter: "20");

        var understood = await host.UnderstandAsync("an answer");

        Assert.Equal(["quality management", "capa", "audits"], understood.Words);
        Assert.Equal(2, _fake.Calls.Count);
        Assert.True(host.Logs.Texts.Any(t => t.Contains("answered 429 (attempt 1 of 3); trying again in 00:00:00.0500000", StringComparison.Ordinal)), string.Join("\n", host.Logs.Texts));
        Assert.Contains(host.Logs.Texts, t => t.Contains("in 2 attempt(s)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Retry_after_in_milliseconds_is_honoured()
    {
        await using var host = UnderstandingHost.Create(_fake);
        _fake.FailNext(429, retryAfter: "20", retryAfterMs: "40");

        await host.UnderstandAsync("an answer");

        Assert.Equal(2, _fake.Calls.Count);
        Assert.Contains(host.Logs.Texts, t => t.Contains("trying again in 00:00:00.0400000", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_server_error_then_success_is_a_success(int status)
    {
        await using var host = UnderstandingHost.Create(_fake);
        _fake.FailNext(status, times: 2);

        var understood = await host.UnderstandAsync("an answer");

        Assert.Equal(3, _fake.Calls.Count);
        Assert.Equal("azure-openai", understood.Source);
    }

    [Fact]
    public async Task Server_errors_past_max_attempts_end_in_a_failure_naming_the_status_and_tries()
    {
        await using var host = UnderstandingHost.Create(_fake);
        _fake.FailNext(500, times: 10, errorMessage: "You said: " + Secret);

        var error = await Assert.ThrowsAsync<UnderstandingException>(() => host.UnderstandAsync(Secret));

        Assert.Equal(3, _fake.Calls.Count);
        Assert.Equal(HttpStatusCode.InternalServerError, error.Status);
        Assert.Equal(3, error.Attempts);
        Assert.Equal($"Azure OpenAI answered 500 for chat deployment {UnderstandingHost.Deployment} after 3 attempt(s).", error.Message);
        Assert.DoesNotContain("Lisbon", error.ToString(), StringComparison.Ordinal);
        AssertNothingPrivateLogged(host);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task A_refusal_is_not_tried_again(int status)
    {
        await using var host = UnderstandingHost.Create(_fake);
        _fake.FailNext(status, errorMessage: "The prompt said: " + Secret);

        var error = await Assert.ThrowsAsync<UnderstandingException>(() => host.UnderstandAsync(Secret));

        Assert.Single(_fake.Calls);
        Assert.Equal((HttpStatusCode)status, error.Status);
        Assert.Equal(1, error.Attempts);
        Assert.DoesNotContain("Lisbon", error.ToString(), StringComparison.Ordinal);
        AssertNothingPrivateLogged(host);
    }

    [Fact]
    public async Task A_call_that_times_out_is_tried_again()
    {
        await using var host = UnderstandingHost.Create(_fake, new Dictionary<string, string?> { ["Understanding:RequestTimeout"] = "00:00:00.300" });
        _fake.HangNext();

        var understood = await host.UnderstandAsync("an answer");

        Assert.Equal(2, _fake.Calls.Count);
        Assert.Equal("azure-openai", understood.Source);
    }

    [Fact]
    public async Task Calls_that_all_time_out_end_in_a_failure_without_a_status()
    {
        await using var host = UnderstandingHost.Create(_fake, new Dictionary<string, string?> { ["Understanding:RequestTimeout"] = "00:00:00.200", ["Understanding:MaxAttempts"] = "2" });
        _fake.HangNext(times: 5);

        var error = await Assert.ThrowsAsync<UnderstandingException>(() => host.UnderstandAsync(Secret));

        Assert.Equal(2, _fake.Calls.Count);
        Assert.Null(error.Status);
        Assert.Equal(2, error.Attempts);
        Assert.Equal($"Azure OpenAI did not answer in time for chat deployment {UnderstandingHost.Deployment} after 2 attempt(s).", error.Message);
        AssertNothingPrivateLogged(host);
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

        await using var host = UnderstandingHost.Create(_fake, new Dictionary<string, string?> { ["Understanding:Endpoint"] = $"http://127.0.0.1:{port}/", ["Understanding:MaxAttempts"] = "2" });

        var error = await Assert.ThrowsAsync<UnderstandingException>(() => host.UnderstandAsync(Secret));

        Assert.Null(error.Status);
        Assert.Equal(2, error.Attempts);
        Assert.Equal(2, await host.Get<UnderstandingBudget>().UsedTodayAsync());
        Assert.Empty(_fake.Calls);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_tried_again()
    {
        await using var host = UnderstandingHost.Create(_fake);
        _fake.HangNext(times: 5);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Understander.UnderstandAsync(new AnswerToUnderstand(AnswerKind.Offer, "an answer"), cancel.Token));

        Assert.Single(_fake.Calls);
    }

    [Fact]
    public async Task A_restarted_bot_keeps_the_days_budget_spent()
    {
        // One store, two processes in turn: the count is in the store, so the restart may not call again today.
        using var store = new ConnectorBot.Storage.Embedded.SqliteTableStore(":memory:");
        var settings = UnderstandingHost.Settings(_fake, new Dictionary<string, string?> { ["Understanding:DailyBudget"] = "2" });
        await using (var before = UnderstandingHost.Create(settings, store: store))
        {
            await before.UnderstandAsync("first answer");
            await before.UnderstandAsync("second answer");
        }

        await using var after = UnderstandingHost.Create(settings, store: store);

        await Assert.ThrowsAsync<UnderstandingBudgetException>(() => after.UnderstandAsync(Secret));
        Assert.Equal(2, _fake.Calls.Count);
        Assert.Equal(2, await after.Get<UnderstandingBudget>().UsedTodayAsync());
    }

    [Fact]
    public async Task Over_the_daily_budget_no_call_is_made_until_the_next_utc_day()
    {
        await using var host = UnderstandingHost.Create(_fake, new Dictionary<string, string?> { ["Understanding:DailyBudget"] = "3" });

        // Every try counts: 1 + 2.
        await host.UnderstandAsync("first answer");
        _fake.FailNext(503);
        await host.UnderstandAsync("second answer");
        var first = await Assert.ThrowsAsync<UnderstandingBudgetException>(() => host.UnderstandAsync(Secret));
        var second = await Assert.ThrowsAsync<UnderstandingBudgetException>(() => host.UnderstandAsync(Secret));

        Assert.Equal(3, _fake.Calls.Count);
        Assert.Null(first.Status);
        Assert.Equal(0, first.Attempts);
        Assert.Equal("Today's budget of 3 Azure OpenAI calls is spent.", second.Message);
        Assert.Single(host.Logs.Entries, e => e.Text.Contains("daily budget", StringComparison.Ordinal));

        // The host's clock starts at 23:00 UTC.
        host.Clock.Advance(TimeSpan.FromHours(1));
        var understood = await host.UnderstandAsync("next day's answer");

        Assert.Equal(4, _fake.Calls.Count);
        Assert.Equal("azure-openai", understood.Source);
        Assert.Equal(1, await host.Get<UnderstandingBudget>().UsedTodayAsync());
        AssertNothingPrivateLogged(host);
    }

    [Fact]
    public async Task A_budget_spent_between_tries_stops_the_retries()
    {
        await using var host = UnderstandingHost.Create(_fake, new Dictionary<string, string?> { ["Understanding:DailyBudget"] = "2" });
        _fake.FailNext(500, times: 5);

        var error = await Assert.ThrowsAsync<UnderstandingBudgetException>(() => host.UnderstandAsync("an answer"));

        Assert.Equal(2, _fake.Calls.Count);
        Assert.Equal(2, error.Attempts);
    }

    private static void AssertNothingPrivateLogged(UnderstandingHost host)
    {
        Assert.NotEmpty(host.Logs.Entries);
        Assert.DoesNotContain(host.Logs.Texts, t => t.Contains("Lisbon", StringComparison.Ordinal) || t.Contains(UnderstandingHost.ApiKey, StringComparison.Ordinal));
    }
}
