namespace ConnectorBot.BotFramework.Auth;

/// <summary>
/// The signing keys of one OpenID metadata URL. Keys are refreshed when older than the refresh interval and at once
/// when a token names an unknown <c>kid</c> (keys rotate), but downloads are spaced by a minimum interval so a flood
/// of forged kids cannot hammer the metadata endpoint. A failed download keeps the keys already known.
/// </summary>
public sealed partial class SigningKeyCache(
    string metadataUrl,
    SigningKeyDownloader downloader,
    TimeProvider time,
    TimeSpan refreshInterval,
    TimeSpan minimumRefreshInterval,
    ILogger logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Snapshot? _snapshot;
    private DateTimeOffset? _lastAttempt;

    public async Task<SigningKey?> FindAsync(string kid, CancellationToken cancellationToken)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is not null && !IsStale(snapshot) && snapshot.Keys.TryGetValue(kid, out var known))
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Re-read: another caller may have refreshed while this one waited.
            snapshot = _snapshot;
            var needed = snapshot is null || IsStale(snapshot) || !snapshot.Keys.ContainsKey(kid);
            var allowed = _lastAttempt is null || time.GetUtcNow() - _lastAttempt.Value >= minimumRefreshInterval;
            if (needed && allowed)
            {
                snapshot = await RefreshAsync(snapshot, cancellationToken);
            }

            return snapshot is not null && snapshot.Keys.TryGetValue(kid, out var key) ? key : null;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool IsStale(Snapshot snapshot) => time.GetUtcNow() - snapshot.FetchedAt >= refreshInterval;

    private async Task<Snapshot?> RefreshAsync(Snapshot? current, CancellationToken cancellationToken)
    {
        _lastAttempt = time.GetUtcNow();
        try
        {
            var keys = await downloader.DownloadAsync(metadataUrl, cancellationToken);
            var fresh = new Snapshot(keys, time.GetUtcNow());
            Volatile.Write(ref _snapshot, fresh);
            LogRefreshed(metadataUrl, keys.Count);
            return fresh;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Keep serving the keys we have; the next attempt waits for the minimum interval.
            LogRefreshFailed(exception, metadataUrl);
            return current;
        }
    }

    private sealed record Snapshot(IReadOnlyDictionary<string, SigningKey> Keys, DateTimeOffset FetchedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot auth: loaded {Count} signing keys from {MetadataUrl}.")]
    private partial void LogRefreshed(string metadataUrl, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot auth: could not load signing keys from {MetadataUrl}.")]
    private partial void LogRefreshFailed(Exception exception, string metadataUrl);
}
