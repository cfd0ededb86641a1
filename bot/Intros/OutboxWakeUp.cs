using System.Collections.Concurrent;
using System.Threading.Channels;

namespace ConnectorBot.Intros;

/// <summary>
/// The teams whose outbox a click has just filled, for <see cref="OutboxDelivery"/> to send now rather than at the
/// scheduler's next tick (in this instance; every instance's tick still drains every team). A team asked for twice
/// before its turn comes is drained once.
/// </summary>
public sealed class OutboxWakeUp
{
    private readonly Channel<(string TenantId, string TeamId)> _teams = Channel.CreateUnbounded<(string, string)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<(string TenantId, string TeamId), bool> _waiting = new();

    public void Wake(string tenantId, string teamId)
    {
        if (_waiting.TryAdd((tenantId, teamId), true))
        {
            _teams.Writer.TryWrite((tenantId, teamId));
        }
    }

    /// <summary>The next team to drain; from then on a new <see cref="Wake"/> for it queues it again.</summary>
    public async Task<(string TenantId, string TeamId)> NextAsync(CancellationToken cancellationToken)
    {
        var team = await _teams.Reader.ReadAsync(cancellationToken);
        _waiting.TryRemove(team, out _);
        return team;
    }
}
