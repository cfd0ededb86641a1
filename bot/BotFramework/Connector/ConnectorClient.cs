using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector v3 REST operations. One instance serves every serviceUrl; the transport adds the
/// token, turn-taking, rate limits and retries.
/// </summary>
public sealed class ConnectorClient : IConnectorClient
{
    private const int MinPageSize = 50;
    private const int MaxPageSize = 500;

    private readonly ConnectorTransport _transport;
    private readonly Uri _defaultServiceUrl;
    private readonly ConnectorPatience _patience;
    private readonly string? _tenantId;
    private ConnectorClient? _inTurn;

    public ConnectorClient(HttpClient http, IBotTokenProvider? tokens, ConnectorOptions options, TimeProvider? clock = null, ILogger<ConnectorClient>? logger = null)
    {
        _defaultServiceUrl = ServiceUrl.Normalize(options.DefaultServiceUrl);
        CarriesToken = tokens is not null and not AnonymousTokenProvider;
        _transport = new ConnectorTransport(
            http,
            tokens ?? AnonymousTokenProvider.Instance,
            options,
            clock ?? TimeProvider.System,
            (ILogger?)logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        _patience = ConnectorPatience.Background;
    }

    // Views share the transport, so all count against the same rate limits and token.
    private ConnectorClient(ConnectorClient background, ConnectorPatience patience, string? tenantId)
    {
        _transport = background._transport;
        _defaultServiceUrl = background._defaultServiceUrl;
        _patience = patience;
        _tenantId = tenantId;
        CarriesToken = background.CarriesToken;
        if (patience == ConnectorPatience.Turn)
        {
            _inTurn = this;
        }
    }

    public IConnectorClient InTurn => _inTurn ??= new ConnectorClient(this, ConnectorPatience.Turn, _tenantId);

    public IConnectorClient ForTenant(string tenantId)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        return tenantId == _tenantId ? this : new ConnectorClient(this, _patience, tenantId);
    }

    public bool CarriesToken { get; }

    /// <summary>The per-conversation write lanes, exposed so tests can watch eviction.</summary>
    internal ConversationLanes WriteLanes => _transport.WriteLanes;

    public async Task<ResourceResponse> SendToConversationAsync(string? serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        await Write<ResourceResponse>("SendToConversation", HttpMethod.Post, serviceUrl, ConnectorPaths.Activities(conversationId), activity, conversationId, cancellationToken)
        ?? new ResourceResponse(null);

    public async Task<ResourceResponse> ReplyToActivityAsync(string? serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        await Write<ResourceResponse>(
            "ReplyToActivity",
            HttpMethod.Post,
            serviceUrl,
            ConnectorPaths.Activity(conversationId, activityId),
            activity with { ReplyToId = activity.ReplyToId ?? activityId },
            conversationId,
            cancellationToken)
        ?? new ResourceResponse(null);

    public async Task<ResourceResponse> UpdateActivityAsync(string? serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        await Write<ResourceResponse>(
            "UpdateActivity",
            HttpMethod.Put,
            serviceUrl,
            ConnectorPaths.Activity(conversationId, activityId),
            activity with { Id = activityId },
            conversationId,
            cancellationToken)
        ?? new ResourceResponse(activityId);

    public Task DeleteActivityAsync(string? serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        Write<object>("DeleteActivity", HttpMethod.Delete, serviceUrl, ConnectorPaths.Activity(conversationId, activityId), null, conversationId, cancellationToken);

    public async Task<ConversationResourceResponse> CreateConversationAsync(string? serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default)
    {
        // A create counts against the conversation it opens: the channel for a new thread, the user for a 1:1 chat.
        var target = parameters.ChannelData?.Channel?.Id ?? parameters.Members?.FirstOrDefault()?.Id ?? "create";
        return await Write<ConversationResourceResponse>("CreateConversation", HttpMethod.Post, serviceUrl, ConnectorPaths.Conversations, parameters, target, cancellationToken)
            ?? throw new ConnectorException(ConnectorOutcome.Failed, "CreateConversation: the connector answered without a conversation.");
    }

    public async Task<TeamsChannelAccount> GetMemberAsync(string? serviceUrl, string conversationId, string userId, CancellationToken cancellationToken = default) =>
        await Read<TeamsChannelAccount>("GetMember", serviceUrl, ConnectorPaths.Member(conversationId, userId), conversationId, cancellationToken)
        ?? throw new ConnectorException(ConnectorOutcome.NotFound, "GetMember: the connector answered without a member.");

    public async Task<PagedMembersResult> GetPagedMembersAsync(string? serviceUrl, string conversationId, int pageSize = MaxPageSize, string? continuationToken = null, CancellationToken cancellationToken = default) =>
        await Read<PagedMembersResult>(
            "GetPagedMembers",
            serviceUrl,
            ConnectorPaths.PagedMembers(conversationId, Math.Clamp(pageSize, MinPageSize, MaxPageSize), continuationToken),
            conversationId,
            cancellationToken)
        ?? new PagedMembersResult(null, []);

    public async Task<TeamDetails> GetTeamDetailsAsync(string? serviceUrl, string teamId, CancellationToken cancellationToken = default) =>
        await Read<TeamDetails>("GetTeamDetails", serviceUrl, ConnectorPaths.Team(teamId), teamId, cancellationToken)
        ?? throw new ConnectorException(ConnectorOutcome.NotFound, "GetTeamDetails: the connector answered without a team.");

    public async Task<IReadOnlyList<ChannelInfo>> GetChannelsAsync(string? serviceUrl, string teamId, CancellationToken cancellationToken = default) =>
        (await Read<ChannelList>("GetChannels", serviceUrl, ConnectorPaths.Channels(teamId), teamId, cancellationToken))?.Conversations ?? [];

    private Task<T?> Write<T>(string operation, HttpMethod method, string? serviceUrl, string path, object? body, string rateKey, CancellationToken cancellationToken) =>
        _transport.SendAsync<T>(new ConnectorCall(operation, method, BaseOf(serviceUrl), path, body, RateClass.Write, rateKey, _patience, _tenantId), cancellationToken);

    private Task<T?> Read<T>(string operation, string? serviceUrl, string path, string rateKey, CancellationToken cancellationToken) =>
        _transport.SendAsync<T>(new ConnectorCall(operation, HttpMethod.Get, BaseOf(serviceUrl), path, null, RateClass.Read, rateKey, _patience, _tenantId), cancellationToken);

    private Uri BaseOf(string? serviceUrl) => string.IsNullOrWhiteSpace(serviceUrl) ? _defaultServiceUrl : ServiceUrl.Normalize(serviceUrl);
}
