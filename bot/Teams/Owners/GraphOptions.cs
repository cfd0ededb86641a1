namespace ConnectorBot.Teams.Owners;

/// <summary>The <c>Admin:Graph</c> section: team owners from Microsoft Graph (off unless configured).</summary>
public sealed class GraphOptions
{
    public const string Section = "Admin:Graph";

    /// <summary>Whether a team's owners may administer it without being named admins. Needs the RSC permission TeamMember.Read.Group.</summary>
    public bool Enabled { get; set; }

    /// <summary>Microsoft Graph's root (https, except loopback for tests).</summary>
    public string BaseUrl { get; set; } = "https://graph.microsoft.com";

    /// <summary>The app token's scope.</summary>
    public string Scope { get; set; } = "https://graph.microsoft.com/.default";

    /// <summary>How long a team's owner list is trusted before Graph is asked again.</summary>
    public TimeSpan OwnerCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>One Graph request may take this long.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
