using System.Net;
using System.Text.Json;

namespace ConnectorBot.BotFramework.Connector;

/// <summary>The service's error body, <c>{"error":{"code","message"}}</c>, and the outcome it stands for.</summary>
public sealed record ConnectorError(string? Code, string? Message)
{
    public static ConnectorError Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return new ConnectorError(null, null);
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new ConnectorError(null, null);
            }

            // Some front doors answer the bare {"code","message"} shape.
            var error = root.TryGetProperty("error", out var nested) && nested.ValueKind == JsonValueKind.Object ? nested : root;
            return new ConnectorError(StringOf(error, "code"), StringOf(error, "message"));
        }
        catch (JsonException)
        {
            return new ConnectorError(null, null);
        }
    }

    public ConnectorOutcome OutcomeFor(HttpStatusCode status) => ((int)status, Code) switch
    {
        (400, _) => ConnectorOutcome.BadRequest,
        (401, _) => ConnectorOutcome.Unauthorized,
        (403, "ConversationBlockedByUser") => ConnectorOutcome.BlockedByUser,
        (403, "BotNotInConversationRoster") => ConnectorOutcome.BotNotInConversation,
        (403, "BotDisabledByAdmin") => ConnectorOutcome.BotDisabledByAdmin,
        (403, _) => ConnectorOutcome.Forbidden,
        (404, "ConversationNotFound") => ConnectorOutcome.ConversationNotFound,
        (404, _) => ConnectorOutcome.NotFound,
        (412, _) => ConnectorOutcome.PreconditionFailed,
        (413, _) => ConnectorOutcome.MessageTooLarge,
        (429, _) => ConnectorOutcome.Throttled,
        ( >= 500, _) => ConnectorOutcome.ServiceError,
        _ => ConnectorOutcome.Failed,
    };

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
