namespace ConnectorBot.Invitations;

/// <summary>The <c>Admin:Invitations</c> section: how fast "invite everyone" walks the roster. The scheduler switch and interval are <c>Intros</c>'.</summary>
public sealed class InvitationOptions
{
    public const string Section = "Admin:Invitations";

    /// <summary>Members per roster page: Teams serves 50 to 500 (the connector keeps it in that range).</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>The pause after each member who was sent something: one member at a time, well inside Teams' limits.</summary>
    public TimeSpan Pace { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one job works in a worker pass before saving and letting other teams' jobs have a turn.</summary>
    public TimeSpan Slice { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The team's lease is held for the slice plus this (the member being invited when the slice ends, connector retries
    /// included). An instance that dies mid-walk holds up the job this long at most.
    /// </summary>
    public TimeSpan LeaseMargin { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The first wait after a failure without a Retry-After (a network error); doubles per failure in a row.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// A job starts once its progress card is recorded. If the process died before that, the worker takes the job
    /// up after this long and posts the card itself: long enough that it never races a slow click.
    /// </summary>
    public TimeSpan StartGrace { get; set; } = TimeSpan.FromMinutes(5);
}
