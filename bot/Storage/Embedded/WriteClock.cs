using Azure;

namespace ConnectorBot.Storage.Embedded;

/// <summary>
/// Hands out write timestamps that strictly increase, even when the system clock stalls or steps back,
/// so every write gets a Timestamp later than the last and an ETag never seen before.
/// Not thread-safe on its own: the store calls it under its write lock.
/// </summary>
public sealed class WriteClock(TimeProvider time, long lastTicks)
{
    private long _lastTicks = lastTicks;

    public long LastTicks => _lastTicks;

    public DateTimeOffset Next()
    {
        // Two writes in one tick (or a clock going backwards) are bumped by one tick past the last.
        _lastTicks = Math.Max(time.GetUtcNow().UtcTicks, _lastTicks + 1);
        return new DateTimeOffset(_lastTicks, TimeSpan.Zero);
    }

    /// <summary>The service's weak ETag shape: <c>W/"datetime'2026-11-21T21%3A07%3A44.9226191Z'"</c>.</summary>
    public static ETag ETagFor(DateTimeOffset timestamp) =>
        new($"W/\"datetime'{Uri.EscapeDataString(EdmValue.FormatDateTime(timestamp))}'\"");
}
