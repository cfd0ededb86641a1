namespace ConnectorBot.BotFramework.Connector;

/// <summary>A thread-safe <see cref="SlidingWindowLog"/>: callers either await a permit or ask for one without waiting.</summary>
public sealed class RateGate(IReadOnlyList<RateWindow> windows, TimeProvider clock)
{
    private readonly SlidingWindowLog _log = new(windows);
    private readonly Lock _lock = new();

    public ValueTask WaitAsync(CancellationToken cancellationToken) => WaitAsync(also: null, cancellationToken);

    /// <summary>Waits until this gate and <paramref name="also"/> (when given) both admit the request, and counts it in both.</summary>
    public async ValueTask WaitAsync(RateGate? also, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryAcquire(also);
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            Telemetry.ConnectorTelemetry.RateLimited(wait);
            await Task.Delay(wait, clock, cancellationToken);
        }
    }

    /// <summary>
    /// Counts the request in this gate and <paramref name="also"/> when both admit it now (returns zero); otherwise
    /// counts it nowhere and says how long to wait. Both or neither, so a refused request never spends a permit.
    /// </summary>
    public TimeSpan TryAcquire(RateGate? also)
    {
        // Always this gate's lock first: a conversation's gate, then its tenant's, never the other way round.
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            var wait = _log.WaitFor(now);
            if (also is null)
            {
                if (wait == TimeSpan.Zero)
                {
                    _log.Admit(now);
                }

                return wait;
            }

            lock (also._lock)
            {
                var alsoWait = also._log.WaitFor(now);
                if (wait == TimeSpan.Zero && alsoWait == TimeSpan.Zero)
                {
                    _log.Admit(now);
                    also._log.Admit(now);
                }

                return wait > alsoWait ? wait : alsoWait;
            }
        }
    }

    public bool IsIdle()
    {
        lock (_lock)
        {
            return _log.IsIdle(clock.GetUtcNow());
        }
    }
}
