namespace ConnectorBot.BotFramework.Connector;

/// <summary>
/// Remembers when requests were admitted and decides how long the next one must wait so that no window
/// holds more than its limit. Exact (a log, not an approximation), so bursts never exceed Teams' limits.
/// Not thread-safe: <see cref="RateGate"/> serializes access.
/// </summary>
public sealed class SlidingWindowLog
{
    private readonly IReadOnlyList<RateWindow> _windows;
    private readonly TimeSpan _longest;
    private readonly int _largestLimit;
    private readonly List<DateTimeOffset> _admitted = [];

    public SlidingWindowLog(IReadOnlyList<RateWindow> windows)
    {
        if (windows.Count == 0 || windows.Any(w => w.Limit < 1 || w.Period <= TimeSpan.Zero))
        {
            throw new ArgumentException("Every window needs a positive limit and period.", nameof(windows));
        }

        _windows = windows;
        _longest = windows.Max(w => w.Period);
        _largestLimit = windows.Max(w => w.Limit);
    }

    /// <summary>Admits a request now (returns zero) or says how long to wait before asking again.</summary>
    public TimeSpan TryAcquire(DateTimeOffset now)
    {
        var wait = WaitFor(now);
        if (wait == TimeSpan.Zero)
        {
            Admit(now);
        }

        return wait;
    }

    /// <summary>How long a request arriving now must wait (zero: it fits), without admitting it.</summary>
    public TimeSpan WaitFor(DateTimeOffset now)
    {
        Trim(now);
        var wait = TimeSpan.Zero;
        foreach (var window in _windows)
        {
            var inWindow = _admitted.Count - FirstInside(now - window.Period);
            if (inWindow >= window.Limit)
            {
                // The request that must leave this window before one more fits.
                var leaving = _admitted[_admitted.Count - window.Limit];
                var untilFree = leaving + window.Period - now;
                wait = untilFree > wait ? untilFree : wait;
            }
        }

        return wait;
    }

    /// <summary>Counts a request admitted now; call only after <see cref="WaitFor"/> said it fits.</summary>
    public void Admit(DateTimeOffset now) => _admitted.Add(now);

    /// <summary>No window holds anything: forgetting this log loses nothing.</summary>
    public bool IsIdle(DateTimeOffset now) => _admitted.Count == 0 || _admitted[^1] <= now - _longest;

    private int FirstInside(DateTimeOffset windowStart)
    {
        var index = _admitted.Count;
        while (index > 0 && _admitted[index - 1] > windowStart)
        {
            index--;
        }

        return index;
    }

    private void Trim(DateTimeOffset now)
    {
        // Only the newest largest-limit entries can decide anything, and nothing older than the longest window.
        var stale = Math.Max(FirstInside(now - _longest), _admitted.Count - _largestLimit);
        if (stale > 0)
        {
            _admitted.RemoveRange(0, stale);
        }
    }
}
