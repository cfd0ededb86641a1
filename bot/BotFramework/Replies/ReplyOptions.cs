namespace ConnectorBot.BotFramework.Replies;

/// <summary>The <c>Bot:Replies</c> section: how the reply outbox delivers what turns could not send in time.</summary>
public sealed class ReplyOptions
{
    public const string Section = "Bot:Replies";

    /// <summary>The wait after a failed delivery without Retry-After; each such failure in a row doubles it.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A reply still undelivered this long after its turn is given up (logged): by then it answers nothing.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A sender holds a reply this long; one that died holding it frees it after this.</summary>
    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The sender looks at the outbox at least this often (it is also woken whenever a reply is queued).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Conversations delivered to at once (each one's replies in order). A conversation waiting out a short Retry-After
    /// holds its place, so this is well above the cores; the connector's rate limits still pace the sends.
    /// </summary>
    public int Parallelism { get; set; } = 32;
}
