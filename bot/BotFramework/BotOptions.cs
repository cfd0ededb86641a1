namespace ConnectorBot.BotFramework;

public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}

/// <summary>The <c>Bot</c> section of appsettings.json. Every URL and issuer is configuration so tests can stand up their own.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>The bot's Microsoft App ID: the audience of inbound tokens and the client id of outbound ones.</summary>
    public string? AppId { get; set; }

    /// <summary>The client secret (multi- and single-tenant apps). Never logged.</summary>
    public string? AppPassword { get; set; }

    /// <summary>The bot's own tenant (single-tenant and managed identity).</summary>
    public string? TenantId { get; set; }

    public BotAppType AppType { get; set; } = BotAppType.MultiTenant;

    /// <summary>Bot Connector OpenID metadata (issuer https://api.botframework.com).</summary>
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Entra OpenID metadata, for tokens issued by Microsoft Entra (sts.windows.net / login.microsoftonline.com).</summary>
    public string EntraOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>The Bot Connector token issuer.</summary>
    public string BotConnectorIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Tenants whose Entra tokens speak for the Bot Service (the bot's own tenant is added).</summary>
    public List<string> BotServiceTenants { get; set; } =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    /// <summary>Signing keys are downloaded again at least this often (the protocol asks for at least every 24 h).</summary>
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The least time between two key downloads, so tokens with made-up key ids cannot hammer the metadata endpoint.</summary>
    public TimeSpan SigningKeyMinimumRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Where outbound tokens come from: {0} is the tenant (botframework.com for multi-tenant bots).</summary>
    public string TokenEndpoint { get; set; } = "https://login.microsoftonline.com/{0}/oauth2/v2.0/token";

    public string TokenScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Development only: let unauthenticated requests in from loopback (the Agents Playground sends no token).</summary>
    public bool AllowUnauthenticatedLoopback { get; set; }

    /// <summary>
    /// Names this bot process's machine on the once-only markers of the turns it takes, so that after a crash the process
    /// started in its place knows the turns it finds half done there were left by a process that is gone. Each bot process
    /// sharing a store needs a name of its own: the machine's (or container's) name serves when each runs on its own.
    /// </summary>
    public string InstanceName { get; set; } = Environment.MachineName;
}
