namespace ConnectorBot.BotFramework.Connector;

/// <summary>
/// One <see cref="RateGate"/> per tenant: Teams limits each app per tenant, so one busy tenant never slows another.
/// Gates whose windows are empty are forgotten, so memory follows the tenants active in the last minute.
/// </summary>
public sealed class TenantGates(IReadOnlyList<RateWindow> windows, TimeProvider clock)
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, RateGate> _gates = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private DateTimeOffset _lastSweep = clock.GetUtcNow();

    /// <summary>The tenant's gate; calls that name no tenant share one gate, which keeps them within a tenant's limit too.</summary>
    public RateGate For(string? tenantId)
    {
        var key = tenantId ?? string.Empty;
        lock (_lock)
        {
            SweepIfDue();
            if (!_gates.TryGetValue(key, out var gate))
            {
                gate = new RateGate(windows, clock);
                _gates[key] = gate;
            }

            return gate;
        }
    }

    private void SweepIfDue()
    {
        var now = clock.GetUtcNow();
        if (now - _lastSweep < SweepInterval)
        {
            return;
        }

        _lastSweep = now;
        foreach (var (key, gate) in _gates)
        {
            if (gate.IsIdle())
            {
                _gates.Remove(key);
            }
        }
    }
}
