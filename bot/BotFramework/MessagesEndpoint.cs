using System.Text.Json;

using ConnectorBot.BotFramework.Auth;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.BotFramework.Turns;

using Microsoft.Net.Http.Headers;

namespace ConnectorBot.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: a request without a token is refused before its body is read; a body whose
/// token does not hold for its channel and serviceUrl is refused before it becomes a turn.
/// Non-invoke activities get 200 and no body; invokes get their invoke response.
/// </summary>
public static partial class MessagesEndpoint
{
    public const string Route = "/api/messages";

    // Teams activities are far smaller; anything larger is not a real activity.
    public const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, HandleAsync);

    private static async Task HandleAsync(HttpContext http, BotRequestAuthenticator authenticator, TurnProcessor processor, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(MessagesEndpoint));
        var request = http.Request;
        var unauthenticated = authenticator.MayGoWithoutToken(request);
        if (!unauthenticated && string.IsNullOrEmpty(request.Headers[HeaderNames.Authorization]))
        {
            LogRejected(logger, StatusCodes.Status401Unauthorized, "no Authorization header");
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, BotJson.Options, http.RequestAborted).ConfigureAwait(false);
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

        var auth = await authenticator.AuthenticateAsync(request, activity.ChannelId, activity.ServiceUrl, http.RequestAborted).ConfigureAwait(false);
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

        var response = await processor.ProcessAsync(activity, authenticated: !unauthenticated, http.RequestAborted).ConfigureAwait(false);
        if (response is null)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        http.Response.StatusCode = response.Status;
        if (response.Body is not null)
        {
            await http.Response.WriteAsJsonAsync(response.Body, BotJson.Options, http.RequestAborted).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a request to /api/messages with {Status}: {Reason}.")]
    private static partial void LogRejected(ILogger logger, int status, string reason);
}
