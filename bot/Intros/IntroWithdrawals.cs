using ConnectorBot.Interview;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Privacy;

namespace ConnectorBot.Intros;

/// <summary>
/// The member's intros for "export" and "forget me". Forgetting withdraws them from every intro of their tenant
/// (<see cref="IntroWithdrawal"/>, ETag-guarded), owes Teams an update of each posted card to the neutral "withdrawn" one
/// through the outbox, and deletes their own handoff and follow-up items, whose keys carry their id. The scheduler's next
/// pass sends the updates (within a minute), so Teams throttling never holds up the member's turn and a restart loses none.
/// </summary>
public sealed class IntroWithdrawals(IntroStore intros, OutboxStore outbox, TimeProvider clock, ILogger<IntroWithdrawals> logger) : IMemberData
{
    public string Name => IntroStore.TableName;

    public Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(MemberKey member, CancellationToken cancellationToken) =>
        intros.ExportAsync(member, cancellationToken);

    /// <summary>Withdraws the member from every intro naming them; returns how many changed.</summary>
    public async Task<int> EraseAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var now = clock.GetUtcNow();
        var withdrawn = 0;
        var owed = 0;
        foreach (var intro in await intros.ListNamingAsync(member, cancellationToken))
        {
            var stored = await intros.UpdateAsync(
                intro.TenantId,
                intro.TeamId,
                intro.IntroId,
                current => current is null ? null : IntroWithdrawal.Without(current, member.MemberId, now),
                cancellationToken);
            await outbox.DeleteAsync(intro.TenantId, intro.TeamId, OutboxKeys.Handoff(intro.IntroId, member.MemberId), cancellationToken);
            await outbox.DeleteAsync(intro.TenantId, intro.TeamId, OutboxKeys.FollowUp(intro.IntroId, member.MemberId), cancellationToken);
            if (stored is not { WithdrawnAt: not null } || stored.Party(member.MemberId) is not null)
            {
                continue;
            }

            withdrawn++;

            // A card not posted yet never will be; one being posted right now is updated by the worker once its id is stored.
            if (stored.ActivityId is not null)
            {
                owed += await outbox.EnqueueAsync(OutboxItem.For(stored, OutboxKind.UpdateCard, OutboxKeys.Withdrawn(stored.IntroId), now), cancellationToken) ? 1 : 0;
            }
        }

        if (withdrawn > 0)
        {
            logger.LogInformation("Withdrew a forgotten member of tenant {TenantId} from {Count} intros; {Owed} card updates queued.", member.TenantId, withdrawn, owed);
        }

        return withdrawn;
    }
}
