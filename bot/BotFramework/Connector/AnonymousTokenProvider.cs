namespace ConnectorBot.BotFramework.Connector;

/// <summary>No app id configured (local development against the Agents Playground): requests go out without a token.</summary>
public sealed class AnonymousTokenProvider : IBotTokenProvider
{
    public static readonly AnonymousTokenProvider Instance = new();

    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult<string?>(null);
}
