namespace ConnectorBot.Background;

/// <summary>
/// A background service that runs <see cref="TickAsync"/> at start and then every <see cref="Interval"/> while
/// <see cref="Enabled"/>. A failed pass is logged and the next one tried: the service never stops on an error.
/// </summary>
public abstract class PeriodicPass : BackgroundService
{
    protected PeriodicPass(TimeProvider clock, ILogger logger)
    {
        Clock = clock;
        Logger = logger;
    }

    protected TimeProvider Clock { get; }

    protected ILogger Logger { get; }

    /// <summary>False: the service does nothing (tests and hosts that drive <see cref="TickAsync"/> themselves).</summary>
    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>One pass; public so tests and on-demand callers can run it.</summary>
    public abstract Task TickAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, Clock);
        do
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Logger.LogError(e, "The {Pass} pass failed; trying again in {Interval}.", GetType().Name, Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
