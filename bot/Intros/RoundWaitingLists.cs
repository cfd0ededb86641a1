using ConnectorBot.Interview;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Privacy;

namespace ConnectorBot.Intros;

/// <summary>
/// A round's first-in-line list names members by id, and so does the note that tells them: "forget me" takes the member
/// off every such list of their tenant and deletes those notes, sent or not, so "I've deleted everything" holds for rounds
/// too. The rounds and their counts stay.
/// </summary>
public sealed class RoundWaitingLists(RoundStore rounds, OutboxStore outbox) : IMemberData
{
    public string Name => RoundStore.TableName;

    // Only the member's id on a queue for the next round: nothing of theirs worth handing back in an export.
    public Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(MemberKey member, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<IReadOnlyDictionary<string, object>>>([]);

    public async Task<int> EraseAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        return await rounds.ForgetWaitingAsync(member.TenantId, member.MemberId, cancellationToken)
            + await outbox.DeleteToMemberAsync(member.TenantId, member.MemberId, OutboxKind.WaitingNote, cancellationToken);
    }
}
