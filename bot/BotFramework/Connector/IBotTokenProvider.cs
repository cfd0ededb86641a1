namespace ConnectorBot.BotFramework.Connector;

/// <summary>Gives the bearer token the bot presents to the Bot Connector service.</summary>
public interface IBotTokenProvider
{
    /// <summary>The access token, or null when the bot has no credentials (local development: send anonymously).</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default);
}
