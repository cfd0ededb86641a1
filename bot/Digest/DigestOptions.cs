namespace ConnectorBot.Digest;

/// <summary>Configuration section "Digest": how many needs a digest shows and how often a member gets one.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digest";

    /// <summary>Needs per digest, at most.</summary>
    public int Items { get; set; } = 3;

    /// <summary>
    /// The least time between two digests to one member: a week less a day, so a member in several teams (each with its
    /// own digest day) still gets one a week, and a slot that moves by an hour is not skipped.
    /// </summary>
    public TimeSpan Gap { get; set; } = TimeSpan.FromDays(6);

    /// <summary>How long a pass holds a member while it builds and sends their digest; a pass that died frees them after it.</summary>
    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromMinutes(10);
}
