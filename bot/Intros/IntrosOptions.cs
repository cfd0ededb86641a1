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

    /// <summary>
    /// How long a sender holds an outbox item it took: long enough for one send with its retries. An instance that dies
    /// holding one (killed mid-send) leaves it untouched this long before another sends it.
    /// </summary>
    public TimeSpan OutboxClaimHold { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one instance holds a round's lease: a round killed part-way is taken up again after this.</summary>
    public TimeSpan RoundLeaseTime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long Match now's preview and Post wait for their work before answering the admin: Teams gives up on an invoke
    /// after a few seconds, and a big team's plan or round takes longer (5–6 s at 6,000 members). A round still running
    /// then goes on in the background and its intros are posted as usual; a preview still planning is sent to the admin's
    /// 1:1 chat when it is ready.
    /// </summary>
    public TimeSpan MatchNowAnswerWithin { get; set; } = TimeSpan.FromSeconds(3);
}
