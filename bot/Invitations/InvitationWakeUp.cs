using System.Threading.Channels;

namespace ConnectorBot.Invitations;

/// <summary>Lets a click start its job now rather than at the worker's next interval (in this instance; others still poll).</summary>
public sealed class InvitationWakeUp(TimeProvider clock)
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _signals.Writer.TryWrite(true);

    /// <summary>Returns after <paramref name="timeout"/> or as soon as someone calls <see cref="Wake"/>, whichever is first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, clock, stop.Token);
        var signal = _signals.Reader.WaitToReadAsync(stop.Token).AsTask();
        await Task.WhenAny(delay, signal);
        _signals.Reader.TryRead(out _);
        await stop.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
