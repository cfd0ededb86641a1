using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ConnectorBot.Tests.Embeddings;

/// <summary>One request the fake received: path and query as sent, its key and Authorization headers, and its body's fields.</summary>
public sealed record EmbeddingsCall(string Target, string? ApiKey, string? Authorization, string? ContentType, IReadOnlyList<string> Input, int? Dimensions, IReadOnlyList<string> BodyFields);

/// <summary>
/// Azure OpenAI's embeddings endpoint on loopback (Kestrel on 127.0.0.1, port 0): POST
/// /openai/deployments/{deployment}/embeddings answers every input with <see cref="VectorFor"/> (a function of the text),
/// the items listed in reverse so the client must order them by index. <see cref="FailNext"/> scripts error answers.
/// </summary>
public sealed class FakeAzureOpenAi : IAsyncDisposable
{
    public const int DefaultDimensions = 8;

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<EmbeddingsCall> _calls = new();
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _failures = new();

    private FakeAzureOpenAi(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyList<EmbeddingsCall> Calls => [.. _calls];

    /// <summary>Every text embedded so far, in the order sent.</summary>
    public IReadOnlyList<string> Embedded => [.. _calls.SelectMany(c => c.Input)];

    public static async Task<FakeAzureOpenAi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeAzureOpenAi(app);
        app.MapPost("/openai/deployments/{deployment}/embeddings", (HttpContext context, string deployment) => fake.EmbedAsync(context));
        await app.StartAsync();
        fake.Endpoint = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>The vector the fake gives <paramref name="text"/>: from its SHA-256, so equal texts get equal vectors.</summary>
    public static float[] VectorFor(string text, int dimensions = DefaultDimensions)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Enumerable.Range(0, dimensions).Select(i => ((hash[i % hash.Length] - 128) / 128f) + (i * 0.001f)).ToArray();
    }

    /// <summary>Runs inside every request before it is answered, as something happening while the texts are embedded.</summary>
    public Func<Task>? WhileEmbedding { get; set; }

    /// <summary>The next calls answer these statuses (with Retry-After when given), then the fake serves again.</summary>
    public void FailNext(int status, int times = 1, string? retryAfter = null)
    {
        for (var i = 0; i < times; i++)
        {
            _failures.Enqueue((status, retryAfter));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> EmbedAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var root = body.RootElement;
        var input = root.TryGetProperty("input", out var items) && items.ValueKind == JsonValueKind.Array
            ? items.EnumerateArray().Select(i => i.GetString() ?? string.Empty).ToList()
            : [];
        int? dimensions = root.TryGetProperty("dimensions", out var d) ? d.GetInt32() : null;
        var headers = context.Request.Headers;
        _calls.Enqueue(new EmbeddingsCall(
            context.Request.Path + context.Request.QueryString,
            headers.TryGetValue("api-key", out var key) ? key.ToString() : null,
            headers.TryGetValue("Authorization", out var authorization) ? authorization.ToString() : null,
            context.Request.ContentType,
            input,
            dimensions,
            [.. root.EnumerateObject().Select(p => p.Name)]));

        if (WhileEmbedding is not null)
        {
            await WhileEmbedding();
        }

        if (_failures.TryDequeue(out var failure))
        {
            if (failure.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = failure.RetryAfter;
            }

            return Results.Json(new { error = new { code = "Scripted", message = "scripted failure" } }, statusCode: failure.Status);
        }

        var data = input
            .Select((text, index) => new { @object = "embedding", index, embedding = VectorFor(text, dimensions ?? DefaultDimensions) })
            .Reverse()
            .ToList();
        return Results.Json(new { @object = "list", data, model = "text-embedding-3-small", usage = new { prompt_tokens = 1, total_tokens = 1 } });
    }
}
