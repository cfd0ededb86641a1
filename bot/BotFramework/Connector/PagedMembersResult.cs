namespace ConnectorBot.BotFramework.Connector;

/// <summary>One page of members; a null <see cref="ContinuationToken"/> means this was the last page.</summary>
public sealed record PagedMembersResult(string? ContinuationToken, IReadOnlyList<TeamsChannelAccount>? Members);
