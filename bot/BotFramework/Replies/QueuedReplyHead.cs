namespace ConnectorBot.BotFramework.Replies;

/// <summary>A queued reply without its body: enough to order, schedule and claim it.</summary>
public sealed record QueuedReplyHead(
    string PartitionKey,
    string RowKey,
    string TenantId,
    string ConversationId,
    string? MemberId,
    string TurnActivityId,
    int Index,
    long Sequence,
    DateTimeOffset QueuedAt,
    int Attempts,
    DateTimeOffset? NotBefore,
    string? LastError);
