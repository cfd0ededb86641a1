using System.Collections.Concurrent;
using System.Threading.Channels;

using ConnectorBot.Background;

namespace ConnectorBot.Understanding;

/// <summary>One member waiting to be understood, and whether to tell them what was understood (their own change) or not (a round's catch-up).</summary>
public sealed record UnderstandingDue(string TenantId, string MemberId, bool PlayBack);

/// <summary>
/// The members waiting for their answers to be understood: bounded (keys only, ~100 bytes each, so a full queue is a
/// few MB; a member who does not fit waits for their next change or round), each member once however often queued
/// (the playback wish of every request kept). Apart from the refresher that drains it so that rounds and the background
/// embedding can queue members without depending on it (which itself queues embeddings: no cycle).
/// </summary>
public sealed class UnderstandingQueue(ILogger<UnderstandingQueue> logger)
{
    private const int Capacity = 100_000;

    private readonly Channel<(string TenantId, string MemberId)> _queue =
        Channel.CreateBounded<(string, string)>(new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    // Queued members and whether any request wanted the playback.
    private readonly ConcurrentDictionary<(string TenantId, string MemberId), bool> _queued = new();
    private readonly WorkInFlight _inFlight = new();

    /// <summary>Queues the members (once each); returns how many could not be queued (full).</summary>
    public int Enqueue(string tenantId, IEnumerable<string> memberIds, bool playBack)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(memberIds);
        var full = 0;
        foreach (var memberId in memberIds)
        {
            var key = (tenantId, memberId);
            if (!TryMark(key, playBack))
            {
                continue;
            }

            _inFlight.Add(+1);
            if (!_queue.Writer.TryWrite(key))
            {
                _queued.TryRemove(key, out _);
                _inFlight.Add(-1);
                full++;
            }
        }

        if (full > 0)
        {
            logger.LogInformation("The understanding queue is full: {Count} members of tenant {TenantId} wait for their next change or round.", full, tenantId);
        }

        return full;
    }

    /// <summary>
    /// Marks the member queued (true: newly, so they go in the channel) or, already queued, adds the wish for a playback.
    /// </summary>
    private bool TryMark((string TenantId, string MemberId) key, bool playBack)
    {
        while (true)
        {
            if (_queued.TryAdd(key, playBack))
            {
                return true;
            }

            // Already queued: keep the wish for a playback; a member taken off meanwhile is added again above.
            if (_queued.TryGetValue(key, out var wanted) && (wanted || !playBack || _queued.TryUpdate(key, true, false)))
            {
                return false;
            }
        }
    }

    /// <summary>
    /// The next member (waiting until there is one), unmarked before the work so a change saved meanwhile queues them
    /// again. Call <see cref="Done"/> after the work.
    /// </summary>
    public async ValueTask<UnderstandingDue> NextAsync(CancellationToken cancellationToken)
    {
        var key = await _queue.Reader.ReadAsync(cancellationToken);
        _queued.TryRemove(key, out var playBack);
        return new UnderstandingDue(key.TenantId, key.MemberId, playBack);
    }

    /// <summary>The work on one member taken by <see cref="NextAsync"/> is over.</summary>
    public void Done() => _inFlight.Add(-1);

    /// <summary>Completes once everything queued so far has been worked on (tests; a drain before shutdown).</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken) => _inFlight.WhenIdleAsync(cancellationToken);
}
