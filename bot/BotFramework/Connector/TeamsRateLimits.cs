namespace ConnectorBot.BotFramework.Connector;

/// <summary>Teams' published bot limits (per bot per thread, and per app per tenant). Re-check before a release.</summary>
public static class TeamsRateLimits
{
    /// <summary>Send, reply, update, delete and create conversation, per conversation.</summary>
    public static readonly IReadOnlyList<RateWindow> Writes =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1800, TimeSpan.FromHours(1)),
    ];

    /// <summary>Member, team and channel look-ups, per conversation or team.</summary>
    public static readonly IReadOnlyList<RateWindow> Reads =
    [
        new(14, TimeSpan.FromSeconds(1)),
        new(16, TimeSpan.FromSeconds(2)),
        new(120, TimeSpan.FromSeconds(30)),
        new(3600, TimeSpan.FromHours(1)),
    ];

    /// <summary>Every request of the app in one tenant (Teams publishes 50 per second).</summary>
    public static IReadOnlyList<RateWindow> Tenant(int requestsPerSecond) => [new(requestsPerSecond, TimeSpan.FromSeconds(1))];

    /// <summary>
    /// The windows the bot keeps to: each a tenth longer than Teams', since Teams counts requests as they arrive and
    /// they arrive less evenly than they leave (measured: a limiter at exactly 50 a second drew 429s at the tenant).
    /// </summary>
    public static IReadOnlyList<RateWindow> Inside(IReadOnlyList<RateWindow> windows) =>
        windows.Select(w => w with { Period = w.Period + (w.Period / 10) }).ToList();
}
