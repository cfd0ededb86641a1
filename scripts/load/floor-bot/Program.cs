// The cheapest Bot Framework bot .NET can be, as a floor for the load comparison: ASP.NET Core's minimal API, the
// activity parsed, its replies ("Echo: <text>", --replies of them, one after the other as a turn sends them) posted to
// the connector with a pooled HttpClient, then 200. No token checks, no store, no once-only marker, no logging:
// whatever ConnectorBot's turn costs above this is its own.
using System.Text.Json;
using System.Text.Json.Serialization;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, FloorJson.Default));
var app = builder.Build();
var replies = app.Configuration.GetValue("replies", 1);
var connector = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan });

app.MapPost("/api/messages", async (HttpContext http) =>
{
    var activity = await JsonSerializer.DeserializeAsync(http.Request.Body, FloorJson.Default.Incoming, http.RequestAborted);
    if (activity is not { Type: "message", ServiceUrl: { } serviceUrl, Conversation.Id: { } conversationId })
    {
        return Results.BadRequest();
    }

    var reply = new Outgoing("message", $"Echo: {activity.Text}", activity.Recipient, activity.From, activity.Conversation, activity.Id);
    var url = $"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activity.Id ?? string.Empty)}";
    for (var i = 0; i < replies; i++)
    {
        using var response = await connector.PostAsJsonAsync(url, reply, FloorJson.Default.Outgoing, http.RequestAborted);
        if (!response.IsSuccessStatusCode)
        {
            return Results.StatusCode(502);
        }
    }

    return Results.Ok();
});

app.Run();

internal sealed record Account(string? Id, string? Name);

internal sealed record Conversation(string? Id, string? ConversationType, string? TenantId);

internal sealed record Incoming(string? Type, string? Id, string? ServiceUrl, string? Text, Account? From, Account? Recipient, Conversation? Conversation);

internal sealed record Outgoing(string Type, string Text, Account? From, Account? Recipient, Conversation? Conversation, string? ReplyToId);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Incoming))]
[JsonSerializable(typeof(Outgoing))]
internal sealed partial class FloorJson : JsonSerializerContext;
