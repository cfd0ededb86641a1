namespace ConnectorBot.BotFramework.Connector;

/// <summary>
/// Keeps one token and fetches a new one shortly before it expires. Concurrent callers share a single
/// fetch, which runs without any caller's cancellation so one impatient caller cannot fail the others.
/// </summary>
public abstract class CachedTokenProvider : IBotTokenProvider
{
    private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private readonly TimeSpan _refreshMargin;
    private BotToken? _token;
    private DateTimeOffset _refreshAt;
    private Task<BotToken>? _fetch;

    protected CachedTokenProvider(TimeProvider clock, TimeSpan refreshMargin)
    {
        Clock = clock;
        _refreshMargin = refreshMargin;
    }

    protected TimeProvider Clock { get; }

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        Task<BotToken> fetch;
        lock (_gate)
        {
            if (_token is { } token && Clock.GetUtcNow() < _refreshAt)
            {
                return token.Value;
            }

            fetch = _fetch ??= Task.Run(FetchAndStoreAsync, CancellationToken.None);
        }

        return (await fetch.WaitAsync(cancellationToken)).Value;
    }

    /// <summary>Asks the issuer for a fresh token.</summary>
    protected abstract Task<BotToken> FetchAsync(CancellationToken cancellationToken);

    private async Task<BotToken> FetchAndStoreAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(FetchTimeout);
            var token = await FetchAsync(timeout.Token);
            var now = Clock.GetUtcNow();

            // Short-lived tokens (tests, unusual issuers) refresh at half their life rather than at once.
            var margin = TimeSpan.FromTicks(Math.Min(_refreshMargin.Ticks, Math.Max(0, (token.ExpiresOn - now).Ticks / 2)));
            lock (_gate)
            {
                _token = token;
                _refreshAt = token.ExpiresOn - margin;
            }

            return token;
        }
        finally
        {
            lock (_gate)
            {
                _fetch = null;
            }
        }
    }
}
