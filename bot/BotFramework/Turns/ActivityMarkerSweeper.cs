namespace ConnectorBot.BotFramework.Turns;

/// <summary>Once an hour, drops the once-only markers that are past any redelivery.</summary>
public sealed class ActivityMarkerSweeper(ActivityDeduplicator deduplicator, TimeProvider clock, ILogger<ActivityMarkerSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var removed = await deduplicator.SweepAsync(stoppingToken);
                logger.LogDebug("Swept {Count} old activity markers.", removed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Sweeping old activity markers failed; trying again in {Interval}.", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
