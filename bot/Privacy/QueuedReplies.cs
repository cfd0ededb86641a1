using ConnectorBot.BotFramework.Replies;
using ConnectorBot.Interview;

namespace ConnectorBot.Privacy;

/// <summary>Replies to a member's turns still waiting in the reply outbox: they can quote the member, so export shows them and "forget me" removes them.</summary>
public sealed class QueuedReplies(ReplyStore replies) : IMemberData
{
    public string Name => ReplyStore.TableName;

    public Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        return replies.ExportAsync(member.TenantId, member.MemberId, cancellationToken);
    }

    public Task<int> EraseAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        return replies.EraseAsync(member.TenantId, member.MemberId, cancellationToken);
    }
}
