namespace ConnectorBot.BotFramework.Connector;

/// <summary>A thread-safe <see cref="SlidingWindowLog"/> that callers await until it admits them.</summary>
public sealed class RateGate(IReadOnlyList<RateWindow> windows, TimeProvider clock)
{
    private readonly SlidingWindowLog _log = new(windows);
    private readonly Lock _lock = new();

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                wait = _log.TryAcquire(clock.GetUtcNow());
            }

            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            Telemetry.ConnectorTelemetry.RateLimited(wait);
            await Task.Delay(wait, clock, cancellationToken);
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
