namespace ConnectorBot.BotFramework.Turns;

/// <summary>The synchronous HTTP answer to an invoke activity.</summary>
public sealed record InvokeResponse(int Status, object? Body = null)
{
    public static InvokeResponse NotImplemented { get; } = new(501);

    /// <summary>Universal Actions: show a short message under the card.</summary>
    public static InvokeResponse Message(string text) =>
        new(200, new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = text });

    /// <summary>Universal Actions: replace the card for the user who acted.</summary>
    public static InvokeResponse Card(object card) =>
        new(200, new { statusCode = 200, type = "application/vnd.microsoft.card.adaptive", value = card });

    /// <summary>Universal Actions: an error the client shows.</summary>
    public static InvokeResponse Error(int statusCode, string code, string message) =>
        new(200, new { statusCode, type = "application/vnd.microsoft.error", value = new { code, message } });
}
