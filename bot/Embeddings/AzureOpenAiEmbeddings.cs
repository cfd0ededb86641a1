using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

using Azure.Core;

using ConnectorBot.BotFramework.Connector;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Embeddings;

/// <summary>
/// POST {Endpoint}/openai/deployments/{Deployment}/embeddings?api-version={ApiVersion} with <c>{"input": [...]}</c>, in
/// batches of <see cref="EmbeddingsOptions.BatchSize"/>; the vectors come back in the order of the texts. 429 and 5xx
/// gateway answers, time-outs and network errors are tried again (Retry-After honoured, waits capped by
/// <see cref="EmbeddingsOptions.MaxRetryDelay"/>, on the injected clock). Nothing here logs or throws a text, the key
/// or a token.
/// </summary>
public sealed class AzureOpenAiEmbeddings(
    IHttpClientFactory http,
    IOptions<EmbeddingsOptions> options,
    EmbeddingsCredential credential,
    TimeProvider clock,
    ILogger<AzureOpenAiEmbeddings> logger)
{
    /// <summary>The named HttpClient's name.</summary>
    public const string HttpClientName = "Embeddings";

    // Refresh a token this long before it expires.
    private static readonly TimeSpan TokenMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _tokenLock = new(1, 1);
    private AccessToken? _token;

    /// <summary>One vector per text, in the texts' order.</summary>
    public async Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var settings = options.Value;
        var vectors = new List<float[]>(texts.Count);
        foreach (var batch in texts.Chunk(Math.Max(1, settings.BatchSize)))
        {
            vectors.AddRange(await EmbedBatchAsync(settings, batch, cancellationToken));
        }

        return vectors;
    }

    private async Task<float[][]> EmbedBatchAsync(EmbeddingsOptions settings, string[] batch, CancellationToken cancellationToken)
    {
        var uri = RequestUri(settings);
        var body = RequestBody(batch, settings.Dimensions);
        var attempts = Math.Max(1, settings.MaxAttempts);
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan? retryAfter;
            HttpStatusCode? status = null;
            Exception? failure = null;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                await AuthorizeAsync(request, settings, cancellationToken);

                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(settings.RequestTimeout);
                using var response = await http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
                status = response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    var json = await response.Content.ReadAsByteArrayAsync(timeout.Token);
                    return Parse(json, batch.Length, settings.Deployment);
                }

                if (!IsTransient(response.StatusCode))
                {
                    throw Failed(settings, status);
                }

                retryAfter = RetryAfterOf(response);
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                failure = e;
                retryAfter = null;
            }
            catch (HttpRequestException e)
            {
                failure = e;
                retryAfter = null;
            }

            if (attempt >= attempts)
            {
                throw Failed(settings, status, failure);
            }

            var wait = Wait(settings, attempt, retryAfter);
            logger.LogInformation(
                "Azure OpenAI deployment {Deployment} answered {Status} (attempt {Attempt} of {Attempts}); trying again in {Wait}.",
                settings.Deployment,
                status is { } s ? ((int)s).ToString(CultureInfo.InvariantCulture) : "nothing",
                attempt,
                attempts,
                wait);
            await Task.Delay(wait, clock, cancellationToken);
        }
    }

    private static Uri RequestUri(EmbeddingsOptions settings)
    {
        var root = settings.Endpoint.TrimEnd('/');
        return new Uri(
            $"{root}/openai/deployments/{Uri.EscapeDataString(settings.Deployment)}/embeddings?api-version={Uri.EscapeDataString(settings.ApiVersion)}",
            UriKind.Absolute);
    }

    private static byte[] RequestBody(string[] batch, int? dimensions)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("input");
            foreach (var text in batch)
            {
                writer.WriteStringValue(text);
            }

            writer.WriteEndArray();
            if (dimensions is { } d)
            {
                writer.WriteNumber("dimensions", d);
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private async Task AuthorizeAsync(HttpRequestMessage request, EmbeddingsOptions settings, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(settings.ApiKey))
        {
            request.Headers.TryAddWithoutValidation("api-key", settings.ApiKey);
            return;
        }

        var token = await TokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    private async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        await _tokenLock.WaitAsync(cancellationToken);
        try
        {
            if (_token is { } cached && cached.ExpiresOn - TokenMargin > clock.GetUtcNow())
            {
                return cached.Token;
            }

            try
            {
                var fresh = await credential.Credential.GetTokenAsync(new TokenRequestContext([EmbeddingsOptions.TokenScope]), cancellationToken);
                _token = fresh;
                return fresh.Token;
            }
            catch (Exception e) when (e is Azure.Identity.AuthenticationFailedException or Azure.Identity.CredentialUnavailableException or Azure.RequestFailedException)
            {
                throw new EmbeddingsException($"No Microsoft Entra token for Azure OpenAI ({e.GetType().Name}).", null, e);
            }
        }
        finally
        {
            _tokenLock.Release();
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        // Azure OpenAI also says it in milliseconds; either is honoured, the finer first.
        if (response.Headers.TryGetValues("retry-after-ms", out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds)
            && milliseconds >= 0)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        return RetryAfter.Of(response, clock.GetUtcNow());
    }

    private static TimeSpan Wait(EmbeddingsOptions settings, int attempt, TimeSpan? retryAfter)
    {
        var backoff = settings.RetryDelay * Math.Pow(2, Math.Min(attempt - 1, 16));
        var wait = retryAfter ?? backoff;
        return wait > settings.MaxRetryDelay ? settings.MaxRetryDelay : wait;
    }

    private static EmbeddingsException Failed(EmbeddingsOptions settings, HttpStatusCode? status, Exception? inner = null) =>
        status is { } code
            ? new EmbeddingsException($"Azure OpenAI answered {(int)code} for deployment {settings.Deployment}.", code, inner)
            : new EmbeddingsException($"Azure OpenAI did not answer for deployment {settings.Deployment}.", null, inner);

    private static float[][] Parse(byte[] json, int expected, string deployment)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
            {
                throw Unreadable(deployment, "no data array");
            }

            var vectors = new float[expected][];
            foreach (var item in data.EnumerateArray())
            {
                if (!item.TryGetProperty("index", out var indexElement) || !indexElement.TryGetInt32(out var index) || index < 0 || index >= expected
                    || !item.TryGetProperty("embedding", out var embedding) || embedding.ValueKind != JsonValueKind.Array)
                {
                    throw Unreadable(deployment, "an item without a valid index or embedding");
                }

                var vector = new float[embedding.GetArrayLength()];
                var i = 0;
                foreach (var value in embedding.EnumerateArray())
                {
                    vector[i++] = value.GetSingle();
                }

                vectors[index] = vector;
            }

            if (vectors.Any(v => v is null || v.Length == 0))
            {
                throw Unreadable(deployment, "fewer embeddings than texts");
            }

            return vectors;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new EmbeddingsException($"Azure OpenAI answered unreadable JSON for deployment {deployment}.", HttpStatusCode.OK, e);
        }
    }

    private static EmbeddingsException Unreadable(string deployment, string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Azure OpenAI answered 200 for deployment {deployment} with {what}."), HttpStatusCode.OK);
}

/// <summary>The Microsoft Entra credential used when no key is set (a managed identity in Azure; replaceable in tests).</summary>
public sealed class EmbeddingsCredential(TokenCredential credential)
{
    public TokenCredential Credential { get; } = credential;
}
