using ConnectorBot.Embeddings;
using ConnectorBot.Interview;

namespace ConnectorBot.Understanding;

/// <summary>
/// Understands members' answers off the hot path: a member's turn only queues them (<see cref="IAnswerWatcher"/>); this
/// service renews their understandings one member at a time, then queues their sentence vectors again when the text the
/// matcher reads changed, and, for a change of their own, tells them what was understood.
/// </summary>
/// <remarks>
/// Understanding depends on Embeddings (it queues <see cref="MeaningRefresher"/>), never the other way round: Embeddings
/// reads understandings through the Intros port <c>IMemberUnderstandings</c>, which this feature implements. The
/// refresher's queue is its own class so that port can queue members without depending on the refresher (no cycle).
/// </remarks>
public sealed class UnderstandingRefresher(
    UnderstandingQueue queue,
    UnderstandingRenewal renewal,
    UnderstandingPlayback playback,
    MeaningRefresher meanings,
    ILogger<UnderstandingRefresher> logger) : BackgroundService, IAnswerWatcher
{
    public void Changed(MemberKey member)
    {
        ArgumentNullException.ThrowIfNull(member);
        queue.Enqueue(member.TenantId, [member.MemberId], playBack: true);
    }

    /// <summary>Completes once every member queued so far has been understood (tests; a drain before shutdown).</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken) => queue.WhenIdleAsync(cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var due = await queue.NextAsync(stoppingToken);
            try
            {
                await RefreshAsync(due, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                // The loop outlives any one failure (the store, a source); the member's next change or round tries again.
                logger.LogWarning("Could not understand the answers of a member of tenant {TenantId} ({Error}).", due.TenantId, e.GetType().Name);
            }
            finally
            {
                queue.Done();
            }
        }
    }

    private async Task RefreshAsync(UnderstandingDue due, CancellationToken cancellationToken)
    {
        var renewed = await renewal.RenewAsync(due.TenantId, due.MemberId, cancellationToken);
        if (renewed.TextChanged)
        {
            // The vectors are made of the answers and their understanding: they follow it (unchanged texts cost no embedding).
            meanings.Enqueue(due.TenantId, [due.MemberId]);
        }

        if (due.PlayBack)
        {
            await playback.SendIfDueAsync(due.TenantId, due.MemberId, cancellationToken);
        }
    }
}
