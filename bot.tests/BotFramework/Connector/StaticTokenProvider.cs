using ConnectorBot.BotFramework.Connector;

namespace ConnectorBot.Tests.BotFramework.Connector;

/// <summary>Always the same token; counts how often it was asked.</summary>
internal sealed class StaticTokenProvider(string token) : IBotTokenProvider
{
    private int _requests;

    public int Requests => _requests;

    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _requests);
        return ValueTask.FromResult<string?>(token);
    }
}
