namespace ConnectorBot.BotFramework.Connector;

/// <summary>A conversation's turn. Every HTTP attempt made during the turn asks <see cref="WaitForPermitAsync"/> first.</summary>
public sealed class ConversationLease(RateGate gate, Action leave) : IDisposable
{
    private int _disposed;

    public ValueTask WaitForPermitAsync(CancellationToken cancellationToken) => gate.WaitAsync(cancellationToken);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            leave();
        }
    }
}
