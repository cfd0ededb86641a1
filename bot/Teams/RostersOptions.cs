namespace ConnectorBot.Teams;

/// <summary>Configuration section "Rosters": how long a team's roster, once read, is reused.</summary>
public sealed class RostersOptions
{
    public const string Section = "Rosters";

    /// <summary>Membership changes far less often than asks, digests and never lists read it; each read costs a call per team.</summary>
    public TimeSpan ReuseFor { get; set; } = TimeSpan.FromMinutes(10);
}
