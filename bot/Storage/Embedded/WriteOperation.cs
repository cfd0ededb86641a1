namespace ConnectorBot.Storage.Embedded;

/// <summary>
/// One caller's write waiting for the store's writer. It starts at most once; a cancellation or the store's
/// disposal that comes first takes it out of the line. Its outcome is held until its batch is committed
/// (or rolled back), and only then handed to the caller.
/// </summary>
public abstract class WriteOperation
{
    private const int Waiting = 0;
    private const int Started = 1;
    private const int Withdrawn = 2;

    private int _state;

    /// <summary>Claims the operation for the writer; false when it was cancelled or rejected first.</summary>
    public bool TryStart() => Interlocked.CompareExchange(ref _state, Started, Waiting) == Waiting;

    /// <summary>Does the work in the writer's transaction; the outcome is kept for <see cref="Publish"/>. May run again after a rollback.</summary>
    public abstract void Run(StoreSession session);

    /// <summary>The work failed: that is its outcome unless it runs again.</summary>
    public abstract void Fail(Exception failure);

    /// <summary>Hands the kept outcome to the caller, once its effects are committed or rolled back.</summary>
    public abstract void Publish();

    /// <summary>Fails a waiting operation (the store is closing); one already started is left to finish.</summary>
    public void Reject(Exception failure)
    {
        if (TryWithdraw())
        {
            OnWithdrawn(failure);
        }
    }

    protected bool TryWithdraw() => Interlocked.CompareExchange(ref _state, Withdrawn, Waiting) == Waiting;

    protected abstract void OnWithdrawn(Exception? failure);
}

/// <summary>A write whose caller waits for a <typeparamref name="T"/>.</summary>
public sealed class WriteOperation<T> : WriteOperation
{
    private readonly Func<StoreSession, T> _work;
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationToken _cancellationToken;
    private readonly CancellationTokenRegistration _registration;
    private T? _result;
    private Exception? _failure;

    public WriteOperation(Func<StoreSession, T> work, CancellationToken cancellationToken)
    {
        _work = work;
        _cancellationToken = cancellationToken;

        // Cancelled while waiting: the caller is answered at once, and the writer will skip the operation.
        if (cancellationToken.CanBeCanceled)
        {
            _registration = cancellationToken.UnsafeRegister(static state => ((WriteOperation<T>)state!).Withdraw(), this);
        }
    }

    public Task<T> Task => _completion.Task;

    public override void Run(StoreSession session)
    {
        _failure = null;
        _result = _work(session);
    }

    public override void Fail(Exception failure)
    {
        _result = default;
        _failure = failure;
    }

    public override void Publish()
    {
        _registration.Dispose();
        if (_failure is { } failure)
        {
            _completion.TrySetException(failure);
        }
        else
        {
            _completion.TrySetResult(_result!);
        }
    }

    protected override void OnWithdrawn(Exception? failure)
    {
        _registration.Dispose();
        if (failure is null)
        {
            _completion.TrySetCanceled(_cancellationToken);
        }
        else
        {
            _completion.TrySetException(failure);
        }
    }

    private void Withdraw()
    {
        if (TryWithdraw())
        {
            OnWithdrawn(null);
        }
    }
}
