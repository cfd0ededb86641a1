namespace ConnectorBot.Teams.Settings;

/// <summary>The verbs of the settings card's buttons. Each carries the team id (<see cref="AdminVerbs.TeamIdKey"/>).</summary>
public static class SettingsVerbs
{
    /// <summary>Shows the form: the card's refresh for the admin who opened it, and its "Open settings" button.</summary>
    public const string Open = "admin.settings.open";

    public const string Save = "admin.settings.save";

    /// <summary>Shows the admin, and only them, what a round now would post.</summary>
    public const string MatchPreview = "admin.matchnow.preview";

    /// <summary>Runs the previewed round; data carries <see cref="RoundIdKey"/> so a second press posts nothing twice.</summary>
    public const string MatchPost = "admin.matchnow.post";

    public const string RoundIdKey = "roundId";

    // Buttons whose handlers live in sibling features.
    public const string InviteEveryone = ConnectorBot.Invitations.InvitationVerbs.Start;
    public const string Stats = Intros.Stats.StatsVerbs.Show;
    public const string Admins = Teams.Admins.AdminsCard.ShowVerb;
}
