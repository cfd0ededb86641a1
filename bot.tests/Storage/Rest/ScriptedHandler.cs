using System.Net;

namespace ConnectorBot.Tests.Storage.Rest;

/// <summary>
/// Stands in for the remote service where a real one cannot misbehave on cue (Azurite never throttles):
/// answers each request with the next scripted outcome and records what it was sent.
/// </summary>
internal sealed class ScriptedHandler(params Func<HttpRequestMessage, HttpResponseMessage>[] script) : HttpMessageHandler
{
    private int _next;

    public List<RecordedRequest> Requests { get; } = [];

    public static Func<HttpRequestMessage, HttpResponseMessage> Status(HttpStatusCode status, string? errorCode = null, string? etag = null) => _ =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(string.Empty) };
        if (errorCode is not null)
        {
            response.Headers.TryAddWithoutValidation("x-ms-error-code", errorCode);
            response.Content = new StringContent("{\"odata.error\":{\"code\":\"" + errorCode + "\",\"message\":{\"lang\":\"en-US\",\"value\":\"scripted\\nRequestId:1\"}}}");
        }

        if (etag is not null)
        {
            response.Headers.TryAddWithoutValidation("ETag", etag);
        }

        return response;
    };

    public static Func<HttpRequestMessage, HttpResponseMessage> NetworkFailure() => _ => throw new HttpRequestException("connection reset (scripted)");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(
            request.Method.Method,
            request.RequestUri!,
            request.Headers.NonValidated.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
            body));
        var step = script[Math.Min(_next++, script.Length - 1)];
        return step(request);
    }

    public sealed record RecordedRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body);
}
