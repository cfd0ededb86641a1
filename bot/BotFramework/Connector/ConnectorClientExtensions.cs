using System.Runtime.CompilerServices;

using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.BotFramework.Connector;

/// <summary>The compositions features need, built only from <see cref="IConnectorClient"/> calls.</summary>
public static class ConnectorClientExtensions
{
    /// <summary>Every member of a conversation or team (pass the team id for the whole team), page after page.</summary>
    public static async IAsyncEnumerable<TeamsChannelAccount> GetAllMembersAsync(
        this IConnectorClient client,
        string? serviceUrl,
        string conversationId,
        int pageSize = 500,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? continuationToken = null;
        do
        {
            var page = await client.GetPagedMembersAsync(serviceUrl, conversationId, pageSize, continuationToken, cancellationToken);
            foreach (var member in page.Members ?? [])
            {
                yield return member;
            }

            continuationToken = string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken;
        }
        while (continuationToken is not null);
    }

    /// <summary>
    /// Opens (or finds) the 1:1 chat between the bot and a user, for proactive messages. The app must be
    /// installed for the user or in a team they belong to.
    /// </summary>
    public static Task<ConversationResourceResponse> CreatePersonalConversationAsync(
        this IConnectorClient client,
        string? serviceUrl,
        string botId,
        string userId,
        string tenantId,
        CancellationToken cancellationToken = default) =>
        client.CreateConversationAsync(
            serviceUrl,
            new ConversationParameters
            {
                IsGroup = false,
                Bot = new ChannelAccount { Id = botId },
                Members = [new ChannelAccount { Id = userId }],
                TenantId = tenantId,
                ChannelData = new TeamsChannelData { Tenant = new TenantInfo(tenantId) },
            },
            cancellationToken);

    /// <summary>
    /// Starts a new thread in a channel with <paramref name="rootMessage"/> as its first post. Keep the
    /// returned id (the thread) and activityId (the root, needed to update its card later).
    /// </summary>
    public static Task<ConversationResourceResponse> CreateChannelThreadAsync(
        this IConnectorClient client,
        string? serviceUrl,
        string channelId,
        string tenantId,
        Activity rootMessage,
        CancellationToken cancellationToken = default) =>
        client.CreateConversationAsync(
            serviceUrl,
            new ConversationParameters
            {
                IsGroup = true,
                TenantId = tenantId,
                ChannelData = new TeamsChannelData { Channel = new ChannelInfo { Id = channelId }, Tenant = new TenantInfo(tenantId) },
                Activity = rootMessage,
            },
            cancellationToken);

    /// <summary>Sends into the conversation a stored reference points at.</summary>
    public static Task<ResourceResponse> SendAsync(this IConnectorClient client, ConversationReference reference, Activity activity, CancellationToken cancellationToken = default)
    {
        var conversationId = reference.Conversation?.Id ?? throw new ArgumentException("The reference has no conversation id.", nameof(reference));
        return client.SendToConversationAsync(
            reference.ServiceUrl,
            conversationId,
            activity with
            {
                Type = activity.Type ?? ActivityTypes.Message,
                ChannelId = activity.ChannelId ?? reference.ChannelId,
                Conversation = activity.Conversation ?? reference.Conversation,
                From = activity.From ?? reference.Bot,
                Recipient = activity.Recipient ?? reference.User,
            },
            cancellationToken);
    }

}
