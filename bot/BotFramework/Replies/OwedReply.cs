using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.BotFramework.Replies;

/// <summary>
/// A reply about to go out: where to, whose turn it answers (for "forget me"), and its key — the answered activity (or a
/// proactive message's name) and its place among that activity's replies — so queueing it twice keeps one.
/// </summary>
public sealed record OwedReply(
    string TenantId,
    string? ServiceUrl,
    string ConversationId,
    bool Authenticated,
    string? MemberId,
    string Key,
    int Index,
    Activity Message);
