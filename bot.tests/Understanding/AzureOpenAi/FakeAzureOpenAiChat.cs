using System.Collections.Concurrent;
using System.Text.Json;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ConnectorBot.Tests.Understanding.AzureOpenAi;

/// <summary>One chat request the fake received: path and query as sent, its key and Authorization headers, and its JSON body.</summary>
public sealed record ChatCall(string Target, string? ApiKey, string? Authorization, string? ContentType, JsonElement Body)
{
    public IReadOnlyList<(string Role, string Content)> Messages =>
        [.. Body.GetProperty("messages").EnumerateArray().Select(m => (m.GetProperty("role").GetString()!, ContentOf(m.GetProperty("content"))))];

    // The SDK may send content as a string or as an array of text parts.
    private static string ContentOf(JsonElement content) => content.ValueKind == JsonValueKind.String
        ? content.GetString()!
        : string.Concat(content.EnumerateArray().Select(p => p.GetProperty("text").GetString()));
}

/// <summary>
/// Azure OpenAI's chat completions endpoint on loopback (Kestrel on 127.0.0.1, port 0), in the manner of the embeddings'
/// FakeAzureOpenAi: POST /openai/deployments/{deployment}/chat/completions answers <see cref="Reply"/> as the assistant's
/// message; <see cref="FailNext"/> scripts error answers, <see cref="HangNext"/> answers that never come, and
/// <see cref="ReplyNext"/> one-off replies. Every request is recorded before it is answered.
/// </summary>
public sealed class FakeAzureOpenAiChat : IAsyncDisposable
{
    public const string DefaultReply = """{"plain": "I want to meet people who know corrective and preventive actions.", "words": ["quality management", "capa", "audits"]}""";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ChatCall> _calls = new();
    private readonly ConcurrentQueue<Func<HttpContext, Task<IResult>>> _scripted = new();
    private readonly CancellationTokenSource _stopping = new();

    private FakeAzureOpenAiChat(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyList<ChatCall> Calls => [.. _calls];

    /// <summary>The assistant's reply when nothing is scripted.</summary>
    public string Reply { get; set; } = DefaultReply;

    public static async Task<FakeAzureOpenAiChat> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeAzureOpenAiChat(app);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", (HttpContext context, string deployment) => fake.ChatAsync(context));
        await app.StartAsync();
        fake.Endpoint = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>The next calls answer this status (with Retry-After or retry-after-ms when given) and an error body quoting <paramref name="errorMessage"/>.</summary>
    public void FailNext(int status, int times = 1, string? retryAfter = null, string? retryAfterMs = null, string errorMessage = "scripted failure")
    {
        for (var i = 0; i < times; i++)
        {
            _scripted.Enqueue(context =>
            {
                if (retryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = retryAfter;
                }

                if (retryAfterMs is not null)
                {
                    context.Response.Headers["retry-after-ms"] = retryAfterMs;
                }

                return Task.FromResult(Results.Json(new { error = new { code = "Scripted", message = errorMessage } }, statusCode: status));
            });
        }
    }

    /// <summary>The next calls are never answered (until the client gives up or the fake stops).</summary>
    public void HangNext(int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _scripted.Enqueue(async context =>
            {
                using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
                await Task.Delay(Timeout.InfiniteTimeSpan, either.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                return Results.StatusCode(504);
            });
        }
    }

    /// <summary>The next call's assistant message is <paramref name="content"/> (null: no content at all).</summary>
    public void ReplyNext(string? content) => _scripted.Enqueue(_ => Task.FromResult(Completion(content)));

    /// <summary>The next call answers 200 with <paramref name="body"/> as it is (not a chat completion).</summary>
    public void RawNext(string body) => _scripted.Enqueue(_ => Task.FromResult(Results.Text(body, "application/json")));

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task<IResult> ChatAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var headers = context.Request.Headers;
        _calls.Enqueue(new ChatCall(
            context.Request.Path + context.Request.QueryString,
            headers.TryGetValue("api-key", out var key) ? key.ToString() : null,
            headers.TryGetValue("Authorization", out var authorization) ? authorization.ToString() : null,
            context.Request.ContentType,
            body.RootElement.Clone()));

        return _scripted.TryDequeue(out var scripted) ? await scripted(context) : Completion(Reply);
    }

    private static IResult Completion(string? content) => Results.Json(new
    {
        id = "chatcmpl-fake",
        @object = "chat.completion",
        created = 1767225600,
        model = "gpt-4o-mini",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
    });
}
