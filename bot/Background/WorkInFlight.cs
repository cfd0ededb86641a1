namespace ConnectorBot.Background;

/// <summary>
/// How much queued background work is not finished yet, and a task that completes whenever none is (a drain before
/// shutdown; tests waiting for the background). Thread-safe.
/// </summary>
public sealed class WorkInFlight
{
    private readonly object _lock = new();
    private int _count;
    private TaskCompletionSource _idle = Completed();

    /// <summary>Adds (positive) or finishes (negative) pieces of work.</summary>
    public void Add(int delta)
    {
        lock (_lock)
        {
            var before = _count;
            _count += delta;
            if (before == 0 && _count > 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            else if (before > 0 && _count == 0)
            {
                _idle.TrySetResult();
            }
        }
    }

    /// <summary>Completes once everything added so far is finished.</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
        return done;
    }
}
