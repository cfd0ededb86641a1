using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector v3 operations the bot uses. Every call names the serviceUrl it goes to (null: the
/// default Teams endpoint). Failures throw <see cref="ConnectorException"/>.
/// </summary>
public interface IConnectorClient
{
    /// <summary>The same client with a turn's budget (<see cref="ConnectorPatience.Turn"/>): for calls a member waits on.</summary>
    IConnectorClient InTurn { get; }

    /// <summary>The same client spending <paramref name="tenantId"/>'s allowance under Teams' per-tenant limit (calls without one share an allowance).</summary>
    IConnectorClient ForTenant(string tenantId);

    /// <summary>
    /// False when calls go out without the bot's token: local development only (no app id, or a turn the development
    /// switch let in unsigned), so the other end is a local tool such as the Agents Playground, never Teams itself.
    /// </summary>
    bool CarriesToken { get; }

    Task<ResourceResponse> SendToConversationAsync(string? serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse> ReplyToActivityAsync(string? serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse> UpdateActivityAsync(string? serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string? serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default);

    Task<ConversationResourceResponse> CreateConversationAsync(string? serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default);

    Task<TeamsChannelAccount> GetMemberAsync(string? serviceUrl, string conversationId, string userId, CancellationToken cancellationToken = default);

    Task<PagedMembersResult> GetPagedMembersAsync(string? serviceUrl, string conversationId, int pageSize = 500, string? continuationToken = null, CancellationToken cancellationToken = default);

    Task<TeamDetails> GetTeamDetailsAsync(string? serviceUrl, string teamId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ChannelInfo>> GetChannelsAsync(string? serviceUrl, string teamId, CancellationToken cancellationToken = default);
}
