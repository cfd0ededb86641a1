namespace ConnectorBot.Teams.Install;

/// <summary>The <c>Admin</c> section's install settings.</summary>
public sealed class InstallOptions
{
    public const string Section = "Admin";

    /// <summary>Days a team's data is kept after the bot is removed (or the team deleted), so a re-install picks up where it left off.</summary>
    public int RetentionDays { get; set; } = 30;
}
