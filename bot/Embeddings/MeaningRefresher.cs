using System.Collections.Concurrent;
using System.Threading.Channels;

using ConnectorBot.Background;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Matching;

namespace ConnectorBot.Embeddings;

/// <summary>
/// Embeds members' answers off the hot path: a member's turn (or a round, for those over its budget) only queues their
/// key; this service reads the profile and refreshes every provider's row, a few members at a time. A member queued again
/// before their turn comes is queued once; one whose texts have not changed costs a read and no embedding. The queue is
/// bounded: when it is full a member waits for the next round, which embeds whoever is still missing.
/// </summary>
public sealed class MeaningRefresher(
    MeaningProviders providers,
    ProfileStore profiles,
    IMemberUnderstandings understandings,
    ILogger<MeaningRefresher> logger) : BackgroundService, IAnswerWatcher
{
    // Keys, not profiles: ~100 bytes each, so a full queue is a few MB.
    private const int Capacity = 100_000;

    // Members refreshed together (one generator call per provider and text kind).
    private const int Batch = 32;

    private readonly Channel<(string TenantId, string MemberId)> _queue =
        Channel.CreateBounded<(string, string)>(new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly ConcurrentDictionary<(string TenantId, string MemberId), byte> _queued = new();
    private readonly WorkInFlight _inFlight = new();

    public void Changed(MemberKey member)
    {
        ArgumentNullException.ThrowIfNull(member);
        Enqueue(member.TenantId, [member.MemberId]);
    }

    /// <summary>Queues the members (once each, however often asked); returns how many could not be queued (full).</summary>
    public int Enqueue(string tenantId, IEnumerable<string> memberIds)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        var full = 0;
        foreach (var memberId in memberIds)
        {
            var key = (tenantId, memberId);
            if (!_queued.TryAdd(key, 0))
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
            logger.LogInformation("The sentence-vector queue is full: {Count} members of tenant {TenantId} wait for the next round.", full, tenantId);
        }

        return full;
    }

    /// <summary>Completes once everything queued so far has been refreshed (tests; a drain before shutdown).</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken) => _inFlight.WhenIdleAsync(cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = _queue.Reader;
        var batch = new List<(string TenantId, string MemberId)>(Batch);
        while (await reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            while (batch.Count < Batch && reader.TryRead(out var key))
            {
                // Unmarked before the work: a change saved while it runs queues the member again.
                _queued.TryRemove(key, out _);
                batch.Add(key);
            }

            try
            {
                foreach (var tenant in batch.GroupBy(k => k.TenantId, StringComparer.Ordinal))
                {
                    await RefreshAsync(tenant.Key, [.. tenant.Select(k => k.MemberId)], stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                // The loop outlives any one failure (the store, a model); a round embeds whoever is still missing.
                logger.LogWarning("Could not refresh the sentence vectors of {Count} members ({Error}).", batch.Count, e.GetType().Name);
            }
            finally
            {
                _inFlight.Add(-batch.Count);
            }
        }
    }

    private async Task RefreshAsync(string tenantId, IReadOnlyList<string> memberIds, CancellationToken cancellationToken)
    {
        var matchable = new List<Profile>(memberIds.Count);
        foreach (var memberId in memberIds)
        {
            // Read now, not when queued: the latest answers, and nobody who has since been forgotten or said no.
            var profile = await profiles.GetAsync(new MemberKey(tenantId, memberId, string.Empty, null), cancellationToken);
            if (profile is not null && MatchProfiles.IsMatchable(profile))
            {
                matchable.Add(profile);
            }
        }

        if (matchable.Count == 0)
        {
            return;
        }

        // The texts a round would embed: the answers and, as stored now, how they were understood. An understanding
        // finished later queues the member again, so the vectors catch up with it.
        IReadOnlyDictionary<string, UnderstoodAnswers> understood;
        try
        {
            understood = await understandings.ForAsync(tenantId, matchable, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Vectors of the answers alone are still worth having; a round embeds again what it reads differently.
            logger.LogWarning("Could not read how {Count} members of tenant {TenantId} were understood ({Error}); embedding their answers alone.", matchable.Count, tenantId, e.GetType().Name);
            understood = new Dictionary<string, UnderstoodAnswers>();
        }

        var members = matchable.Select(p => MatchProfiles.From(p, understood.GetValueOrDefault(p.MemberId))).ToList();

        foreach (var provider in providers.InPreference)
        {
            try
            {
                var found = await provider.ForAsync(tenantId, members, int.MaxValue, cancellationToken);
                logger.LogDebug("Refreshed sentence vectors ({Provider}) of {Members} members of tenant {TenantId}: {Embedded} embedded, {Stored} unchanged.", found.Provider, members.Count, tenantId, found.Embedded, found.Stored);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One provider failing (Azure unreachable) leaves the others' rows refreshed: the local ones are the fallback.
                logger.LogWarning("Could not embed {Count} members of tenant {TenantId} with {Provider} ({Error}).", members.Count, tenantId, provider.Provider, Describe(e));
            }
        }
    }

    /// <summary>The error's type, and its status for a provider's refusal (whose message names no text).</summary>
    internal static string Describe(Exception e) =>
        e is EmbeddingsException { Status: { } status } ? $"{e.GetType().Name}, status {(int)status}" : e.GetType().Name;
}
