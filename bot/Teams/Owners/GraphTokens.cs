using System.Collections.Concurrent;

using ConnectorBot.BotFramework;
using ConnectorBot.BotFramework.Connector;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Teams.Owners;

/// <summary>
/// App-only Microsoft Graph tokens, got the way the bot gets its connector tokens (client credentials or managed
/// identity, same endpoint and secret) but for the Graph scope and from the team's own tenant, where the team's
/// owner consented to the app's resource-specific permissions. One cached provider per tenant.
/// </summary>
public sealed class GraphTokens(
    IOptions<BotOptions> bot,
    IOptions<ConnectorOptions> connector,
    IOptions<GraphOptions> graph,
    ConnectorHttp http,
    TimeProvider clock,
    ILoggerFactory loggers)
{
    private readonly ConcurrentDictionary<string, Lazy<IBotTokenProvider>> _providers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The bearer token for Graph calls about the tenant's teams; null without app credentials (local development).</summary>
    public ValueTask<string?> GetTokenAsync(string tenantId, CancellationToken cancellationToken) =>
        _providers.GetOrAdd(tenantId, tenant => new Lazy<IBotTokenProvider>(() => Create(tenant))).Value.GetTokenAsync(cancellationToken);

    private IBotTokenProvider Create(string tenantId)
    {
        var app = bot.Value;
        var managed = app.AppType == BotAppType.UserAssignedMSI;
        var forGraph = new BotOptions
        {
            AppId = app.AppId,
            AppPassword = app.AppPassword,

            // A multi-tenant app asks the team's tenant (not botframework.com); a managed identity only has its own.
            AppType = managed ? BotAppType.UserAssignedMSI : BotAppType.SingleTenant,
            TenantId = managed ? app.TenantId : tenantId,
            TokenEndpoint = app.TokenEndpoint,
            TokenScope = graph.Value.Scope,
        };
        return ConnectorRegistration.CreateTokenProvider(forGraph, connector.Value, http.Client, clock, loggers);
    }
}
