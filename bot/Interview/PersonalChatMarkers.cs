using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Privacy;

namespace ConnectorBot.Interview;

/// <summary>The once-only markers of a member's personal chat: ids only, but about them, so "forget me" removes them.</summary>
public sealed class PersonalChatMarkers(ActivityDeduplicator deduplicator) : IMemberData
{
    public string Name => ActivityDeduplicator.TableName;

    // Markers hold only message ids: nothing worth handing back in an export.
    public Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(MemberKey member, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<IReadOnlyDictionary<string, object>>>([]);

    public Task<int> EraseAsync(MemberKey member, CancellationToken cancellationToken) =>
        member.ConversationId is null
            ? Task.FromResult(0)
            : deduplicator.EraseConversationAsync(member.TenantId, member.ConversationId, cancellationToken);
}
