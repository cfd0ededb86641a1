namespace ConnectorBot.Tests.Storage.Embedded;

/// <summary>
/// A clock the store's writer can be held on: once armed, the next reading (a write taking its timestamp) waits
/// until released. Tests use it to keep the writer busy, deterministically, while other writes line up behind it.
/// </summary>
internal sealed class GatedTimeProvider : TimeProvider, IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly ManualResetEventSlim _held = new();
    private readonly ManualResetEventSlim _released = new();
    private int _armed;

    public void Arm() => Interlocked.Exchange(ref _armed, 1);

    /// <summary>Returns once the writer is waiting on the clock.</summary>
    public void WaitUntilHeld()
    {
        if (!_held.Wait(Deadline))
        {
            throw new Xunit.Sdk.XunitException("The writer never read the clock.");
        }
    }

    public void Release() => _released.Set();

    public override DateTimeOffset GetUtcNow()
    {
        if (Interlocked.Exchange(ref _armed, 0) == 1)
        {
            _held.Set();
            _released.Wait(Deadline);
        }

        return base.GetUtcNow();
    }

    public void Dispose()
    {
        _released.Set();
        _held.Dispose();
        _released.Dispose();
    }
}
