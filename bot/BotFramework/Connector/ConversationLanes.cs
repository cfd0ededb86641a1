namespace ConnectorBot.BotFramework.Connector;

/// <summary>
/// One lane per conversation: callers take turns in arrival order (so a conversation's messages keep
/// their order) and each request inside a turn waits for the conversation's rate windows. Lanes nobody
/// holds and whose windows are empty are forgotten, so memory follows the last hour's conversations only.
/// </summary>
public sealed class ConversationLanes(IReadOnlyList<RateWindow> windows, TimeProvider clock)
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, Lane> _lanes = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private DateTimeOffset _lastSweep = clock.GetUtcNow();

    /// <summary>How many conversations are remembered now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _lanes.Count;
            }
        }
    }

    /// <summary>Whether a conversation's lane is still remembered (for tests of eviction).</summary>
    internal bool Remembers(string conversationKey)
    {
        lock (_lock)
        {
            return _lanes.ContainsKey(conversationKey);
        }
    }

    /// <summary>Waits for this conversation's turn; dispose the lease to pass the turn on.</summary>
    public async ValueTask<ConversationLease> EnterAsync(string conversationKey, CancellationToken cancellationToken)
    {
        Lane lane;
        lock (_lock)
        {
            lane = LaneFor(conversationKey);
            lane.Holders++;
        }

        try
        {
            await lane.Turn.WaitAsync(cancellationToken);
        }
        catch
        {
            lock (_lock)
            {
                lane.Holders--;
            }

            throw;
        }

        return new ConversationLease(lane.Gate, () => Leave(lane));
    }

    /// <summary>This conversation's turn if nobody holds or awaits it now (null otherwise): for callers who must not wait.</summary>
    public ConversationLease? TryEnter(string conversationKey)
    {
        lock (_lock)
        {
            var lane = LaneFor(conversationKey);
            if (lane.Holders > 0 || !lane.Turn.Wait(0))
            {
                return null;
            }

            lane.Holders++;
            return new ConversationLease(lane.Gate, () => Leave(lane));
        }
    }

    /// <summary>The conversation's lane, made when missing; the caller holds the lanes' lock.</summary>
    private Lane LaneFor(string conversationKey)
    {
        SweepIfDue();
        if (!_lanes.TryGetValue(conversationKey, out var lane))
        {
            lane = new Lane(new RateGate(windows, clock));
            _lanes[conversationKey] = lane;
        }

        return lane;
    }

    private void Leave(Lane lane)
    {
        lane.Turn.Release();
        lock (_lock)
        {
            lane.Holders--;
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
        foreach (var (key, lane) in _lanes)
        {
            if (lane.Holders == 0 && lane.Gate.IsIdle())
            {
                _lanes.Remove(key);
            }
        }
    }

    private sealed class Lane(RateGate gate)
    {
        public RateGate Gate { get; } = gate;

        // Async waiters on a SemaphoreSlim are served first come, first served.
        public SemaphoreSlim Turn { get; } = new(1, 1);

        /// <summary>Callers holding or waiting for the turn; guarded by the lanes' lock.</summary>
        public int Holders { get; set; }
    }
}
