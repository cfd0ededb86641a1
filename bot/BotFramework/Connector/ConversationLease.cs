namespace ConnectorBot.BotFramework.Connector;

/// <summary>A conversation's turn. Every HTTP attempt made during the turn asks for a permit first.</summary>
public sealed class ConversationLease(RateGate gate, Action leave) : IDisposable
{
    private int _disposed;

    public ValueTask WaitForPermitAsync(CancellationToken cancellationToken) => gate.WaitAsync(cancellationToken);

    /// <summary>Waits until both the conversation's windows and <paramref name="tenant"/>'s admit the attempt.</summary>
    public ValueTask WaitForPermitAsync(RateGate? tenant, CancellationToken cancellationToken) => gate.WaitAsync(tenant, cancellationToken);

    /// <summary>A permit now from both (zero), or how long the attempt would have to wait (nothing counted).</summary>
    public TimeSpan TryPermit(RateGate? tenant) => gate.TryAcquire(tenant);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            leave();
        }
    }
}
