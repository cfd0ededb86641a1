using System.Globalization;

using Azure;

namespace ConnectorBot.Storage.Embedded;

/// <summary>
/// Hands out write timestamps that strictly increase, even when the system clock stalls or steps back,
/// so every write gets a Timestamp later than the last and an ETag never seen before.
/// Not thread-safe on its own: only the store's writer calls it.
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

    private const string ETagPrefix = "W/\"datetime'";
    private const string ETagSuffix = "'\"";

    // The Edm DateTime with its colons URL-escaped, formatted in one go: every write makes one.
    private const string EscapedDateTime = "yyyy-MM-dd'T'HH'%3A'mm'%3A'ss.fffffff'Z'";

    /// <summary>The service's weak ETag shape: <c>W/"datetime'2026-11-21T21%3A07%3A44.9226191Z'"</c>.</summary>
    public static ETag ETagFor(DateTimeOffset timestamp)
    {
        Span<char> text = stackalloc char[64];
        ETagPrefix.CopyTo(text);
        timestamp.UtcDateTime.TryFormat(text[ETagPrefix.Length..], out var written, EscapedDateTime, CultureInfo.InvariantCulture);
        var length = ETagPrefix.Length + written;
        ETagSuffix.CopyTo(text[length..]);
        return new ETag(new string(text[..(length + ETagSuffix.Length)]));
    }
}
