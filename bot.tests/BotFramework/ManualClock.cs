namespace ConnectorBot.Tests.BotFramework;

/// <summary>
/// A TimeProvider the test moves by hand. With <see cref="AutoAdvance"/>, creating a timer jumps the
/// clock to the timer's due time and fires it, so code that waits (backoff, rate limits) runs instantly
/// while still seeing time pass. Auto-advance suits one waiter at a time; concurrent waits add up.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = start;

    public ManualClock()
        : this(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public bool AutoAdvance { get; init; }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        List<ManualTimer> due;
        lock (_lock)
        {
            _now += by;
            due = _timers.Where(t => t.DueAt <= _now).OrderBy(t => t.DueAt).ToList();
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void Schedule(ManualTimer timer, TimeSpan dueTime)
    {
        DateTimeOffset dueAt;
        lock (_lock)
        {
            _timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            dueAt = _now + dueTime;
            timer.DueAt = dueAt;
            _timers.Add(timer);
        }

        if (dueTime == TimeSpan.Zero)
        {
            timer.Fire();
        }
        else if (AutoAdvance && !timer.IsPeriodic)
        {
            var now = GetUtcNow();
            Advance(dueAt > now ? dueAt - now : TimeSpan.Zero);
        }
    }

    private void Unschedule(ManualTimer timer)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset DueAt { get; set; }

        // Periodic timers never auto-advance: they would spin the clock forever.
        public bool IsPeriodic => _period != Timeout.InfiniteTimeSpan && _period > TimeSpan.Zero;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            clock.Schedule(this, dueTime);
            return true;
        }

        public void Fire()
        {
            clock.Unschedule(this);

            // Off the caller's stack, as a real timer would: Task.Delay may still be wiring itself up.
            ThreadPool.QueueUserWorkItem(_ => callback(state));
            if (IsPeriodic)
            {
                clock.Schedule(this, _period);
            }
        }

        public void Dispose() => clock.Unschedule(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
