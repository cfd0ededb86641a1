namespace ConnectorBot.BotFramework.Connector;

/// <summary>An outbound access token and when it expires. <see cref="ToString"/> never prints the value.</summary>
public sealed record BotToken(string Value, DateTimeOffset ExpiresOn)
{
    public override string ToString() => $"BotToken {{ ExpiresOn = {ExpiresOn:O} }}";
}
