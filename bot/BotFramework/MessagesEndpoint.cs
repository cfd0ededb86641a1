using System.Buffers;
using System.Text.Json;

using ConnectorBot.BotFramework.Auth;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>, in this order: the token is checked on the header alone (401 before the body is read),
/// the body is read up to <see cref="MaxBodyBytes"/> however it is framed (413 beyond), parsed (400 if it is not an
/// activity), and the token's claims checked against the activity's channel and serviceUrl (401/403) before it
/// becomes a turn.
/// Non-invoke activities get 200 and no body; invokes get their invoke response.
/// </summary>
public static partial class MessagesEndpoint
{
    public const string Route = "/api/messages";

    // Teams activities are far smaller; anything larger is not a real activity.
    public const int MaxBodyBytes = 1024 * 1024;

    private const int ReadChunkBytes = 16 * 1024;

    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, HandleAsync);

    private static async Task HandleAsync(HttpContext http, BotRequestAuthenticator authenticator, TurnProcessor processor, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(MessagesEndpoint));
        var request = http.Request;

        // The token first: a caller without a valid one gets 401 before a byte of the body is read or parsed.
        var header = await authenticator.CheckHeaderAsync(request, http.RequestAborted);
        if (header.Refusal is { } refusal)
        {
            http.Response.StatusCode = refusal.StatusCode;
            return;
        }

        var unauthenticated = header == TokenCheck.WithoutToken;
        var body = request.ContentLength > MaxBodyBytes ? null : await ReadBodyAsync(request.Body, http.RequestAborted);
        if (body is not { } json)
        {
            LogRejected(logger, StatusCodes.Status413PayloadTooLarge, $"body over {MaxBodyBytes} bytes ({(request.ContentLength is null ? "no Content-Length" : "Content-Length")})");
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(json.Span, BotJson.Options);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (activity is null || string.IsNullOrEmpty(activity.Type) || string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(activity.ChannelId))
        {
            LogRejected(logger, StatusCodes.Status400BadRequest, "not an activity");
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var auth = authenticator.AuthenticateActivity(header, activity.ChannelId, activity.ServiceUrl);
        if (!auth.IsAuthenticated)
        {
            http.Response.StatusCode = auth.StatusCode;
            return;
        }

        // Without a token the reply carries none either, so it may only go back to a loopback connector.
        if (unauthenticated && !LoopbackUrl.IsLoopback(activity.ServiceUrl))
        {
            LogRejected(logger, StatusCodes.Status401Unauthorized, "unauthenticated activity with a non-loopback serviceUrl");
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var response = await processor.ProcessAsync(activity, authenticated: !unauthenticated, http.RequestAborted);
        if (response is null)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        http.Response.StatusCode = response.Status;
        if (response.Body is not null)
        {
            await http.Response.WriteAsJsonAsync(response.Body, BotJson.Options, http.RequestAborted);
        }
    }

    /// <summary>
    /// The body, or null past <see cref="MaxBodyBytes"/> whatever the framing: a chunked body has no Content-Length to
    /// refuse it by, so the count is kept here and reading stops one byte past the limit.
    /// </summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var room = MaxBodyBytes + 1 - buffer.WrittenCount;
            var read = await body.ReadAsync(buffer.GetMemory(ReadChunkBytes)[..Math.Min(ReadChunkBytes, room)], cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > MaxBodyBytes)
            {
                return null;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a request to /api/messages with {Status}: {Reason}.")]
    private static partial void LogRejected(ILogger logger, int status, string reason);
}
