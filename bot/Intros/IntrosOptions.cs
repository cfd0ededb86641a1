namespace ConnectorBot.Intros;

/// <summary>The <c>Intros</c> section of appsettings.json.</summary>
public sealed class IntrosOptions
{
    public const string Section = "Intros";

    /// <summary>Whether this instance runs the scheduler (rounds, outbox, expiry, follow-ups).</summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>How often the scheduler looks for due work.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a failed outbox send waits before it is tried again (doubling per attempt).</summary>
    public TimeSpan OutboxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>After this many attempts an outbox item is given up (and logged).</summary>
    public int OutboxMaxAttempts { get; set; } = 8;
}
