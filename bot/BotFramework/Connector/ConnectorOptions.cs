namespace ConnectorBot.BotFramework.Connector;

/// <summary>The <c>Bot:Connector</c> section: retries, timeouts and rate limits for outbound calls. Defaults suit production.</summary>
public sealed class ConnectorOptions
{
    public const string Section = "Bot:Connector";

    /// <summary>Where proactive calls go when no serviceUrl has been stored yet.</summary>
    public string DefaultServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";

    /// <summary>Retries after the first attempt, for 412, 429, 502, 503, 504 and network errors.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first backoff; each retry doubles it (with jitter) up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A Retry-After longer than this is not waited for: the call fails as throttled and the caller reschedules.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>One HTTP attempt may take this long before it counts as a network error.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Retries of a call made while a member waits for the turn's answer. What still fails goes to the reply outbox
    /// (sends) or fails the step (reads), instead of holding the request past Teams' patience.
    /// </summary>
    public int TurnMaxRetries { get; set; } = 1;

    /// <summary>Within a turn, a retry is waited for only when its delay (Retry-After or back-off) is at most this.</summary>
    public TimeSpan TurnMaxRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>One HTTP attempt within a turn may take this long before it counts as a network error.</summary>
    public TimeSpan TurnAttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Refresh outbound tokens this long before they expire.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Hold back requests to stay inside Teams' published limits (per conversation, and per app per tenant). Background
    /// work waits for a permit; a call made while a member waits never does: a reply that cannot go now is queued.
    /// </summary>
    public bool RateLimiting { get; set; } = true;

    /// <summary>Teams allows 50 requests per second per app per tenant; each tenant has its own allowance.</summary>
    public int TenantRequestsPerSecond { get; set; } = 50;
}
