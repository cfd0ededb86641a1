using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Telemetry;

using Microsoft.Extensions.Options;

namespace ConnectorBot.BotFramework.Replies;

/// <summary>
/// Delivers the reply outbox: at start (replies survive a restart), whenever a reply is queued, and when the next
/// deferred one falls due. Conversations go side by side; within one, replies go in the order queued and a reply that
/// must wait holds back those behind it. Each is claimed before it is sent and deleted once sent, so two senders never
/// both send it; a sender that dies between sending and deleting would send it again after the claim runs out.
/// </summary>
public sealed class ReplyDelivery(
    ReplyOutbox outbox,
    ReplyStore store,
    IConnectorClient connector,
    [FromKeyedServices(ConnectorRegistration.AnonymousKey)] IConnectorClient anonymousConnector,
    IOptions<ReplyOptions> options,
    TimeProvider clock,
    ILogger<ReplyDelivery> logger) : BackgroundService
{
    /// <summary>One pass over everything due; returns when the next deferred reply falls due (null: nothing waits).</summary>
    public async Task<DateTimeOffset?> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var heads = new List<QueuedReplyHead>();
        await foreach (var head in store.ListAsync(cancellationToken))
        {
            heads.Add(head);
        }

        ReplyTelemetry.Observe(heads, clock.GetUtcNow());

        var conversations = heads.GroupBy(h => h.PartitionKey, StringComparer.Ordinal)
            .Select(g => g.OrderBy(h => h.Sequence).ThenBy(h => h.Index).ToList())
            .ToList();
        DateTimeOffset? nextDue = null;
        var gate = new object();
        await Parallel.ForEachAsync(
            conversations,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.Parallelism), CancellationToken = cancellationToken },
            async (replies, ct) =>
            {
                if (await DeliverConversationAsync(replies, ct) is { } due)
                {
                    lock (gate)
                    {
                        nextDue = nextDue is { } known && known <= due ? known : due;
                    }
                }
            });
        return nextDue;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.Value.PollInterval;
            try
            {
                if (await DeliverDueAsync(stoppingToken) is { } due)
                {
                    var untilDue = due - clock.GetUtcNow();
                    wait = untilDue < TimeSpan.Zero ? TimeSpan.Zero : untilDue < wait ? untilDue : wait;
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The storage may be briefly unavailable: the replies stay queued for the next pass.
                logger.LogError(e, "The reply outbox pass failed; trying again in {Wait}.", wait);
            }

            try
            {
                await outbox.WaitForWorkAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>Sends one conversation's replies in order until one must wait; returns when that one falls due.</summary>
    private async Task<DateTimeOffset?> DeliverConversationAsync(IReadOnlyList<QueuedReplyHead> replies, CancellationToken cancellationToken)
    {
        foreach (var head in replies)
        {
            var now = clock.GetUtcNow();
            if (now - head.QueuedAt > options.Value.MaxAge)
            {
                logger.LogWarning(
                    "Reply {Index} to activity {ActivityId} in conversation {ConversationId} of tenant {TenantId} given up after {Attempts} attempts since {QueuedAt:u} (last: {LastError}).",
                    head.Index,
                    head.TurnActivityId,
                    head.ConversationId,
                    head.TenantId,
                    head.Attempts,
                    head.QueuedAt,
                    head.LastError);
                await store.DeleteAsync(head.TenantId, head.ConversationId, head.TurnActivityId, head.Index, cancellationToken);
                ReplyTelemetry.GivenUp(ReplyTelemetry.Expired);
                continue;
            }

            if (head.NotBefore > now)
            {
                return head.NotBefore;
            }

            if (await store.TryClaimAsync(head, now, now + options.Value.ClaimFor, cancellationToken) is not { } reply)
            {
                // Another sender holds it (or it was just erased): the replies behind it wait for that sender.
                return null;
            }

            if (await SendAsync(reply, cancellationToken) is { } retryAt)
            {
                return retryAt;
            }
        }

        return null;
    }

    /// <summary>Sends a claimed reply; null when it is done with (sent or given up), else when to try again.</summary>
    private async Task<DateTimeOffset?> SendAsync(QueuedReply reply, CancellationToken cancellationToken)
    {
        // Background patience: the outbox waits for the rate limits' permit instead of being refused by them.
        var client = (reply.Authenticated ? connector : anonymousConnector).ForTenant(reply.TenantId);
        try
        {
            await client.SendToConversationAsync(reply.ServiceUrl.Length == 0 ? null : reply.ServiceUrl, reply.ConversationId, reply.Reply, cancellationToken);
            ReplyTelemetry.Delivered();
            logger.LogInformation(
                "Delivered reply {Index} to activity {ActivityId} in conversation {ConversationId} of tenant {TenantId} from the outbox after {Attempts} failed attempts.",
                reply.Index,
                reply.TurnActivityId,
                reply.ConversationId,
                reply.TenantId,
                reply.Attempts);
        }
        catch (ConnectorException e) when (e.Passes)
        {
            // Throttling says how long to wait; a failure that does not (503, no answer) doubles the wait each time in a row.
            var backoffs = e.RetryAfter is null ? reply.Backoffs + 1 : 0;
            var retryAt = clock.GetUtcNow() + (e.RetryAfter ?? Backoff(reply.Backoffs));
            await store.DeferAsync(reply, retryAt, backoffs, $"{e.Outcome} ({(int?)e.StatusCode})", cancellationToken);
            ReplyTelemetry.Deferred(e.Outcome);
            return retryAt;
        }
        catch (ConnectorException e)
        {
            // A retry would fail the same way (the chat is gone, the bot removed, the message refused): logged and dropped.
            ReplyTelemetry.GivenUp(e.Outcome);
            logger.LogError(
                "Reply {Index} to activity {ActivityId} in conversation {ConversationId} of tenant {TenantId} could not be delivered and is given up: {Outcome} ({Status}).",
                reply.Index,
                reply.TurnActivityId,
                reply.ConversationId,
                reply.TenantId,
                e.Outcome,
                (int?)e.StatusCode);
        }

        await store.DeleteAsync(reply.TenantId, reply.ConversationId, reply.TurnActivityId, reply.Index, cancellationToken);
        return null;
    }

    private TimeSpan Backoff(int backoffs)
    {
        var doubled = options.Value.RetryBaseDelay * Math.Pow(2, Math.Min(backoffs, 20));
        return doubled < options.Value.RetryMaxDelay ? doubled : options.Value.RetryMaxDelay;
    }
}
