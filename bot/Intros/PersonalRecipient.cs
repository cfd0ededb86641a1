namespace ConnectorBot.Intros;

/// <summary>
/// Where an outbox item's 1:1 message goes: the member's Teams user id, reached through <paramref name="ServiceUrl"/>, in
/// their stored 1:1 chat when there is one (else the chat is opened). <paramref name="About"/>: the intro or round id, for logs.
/// </summary>
public sealed record PersonalRecipient(string TenantId, string TeamId, string ServiceUrl, string UserId, string? ChatConversationId, string About);
