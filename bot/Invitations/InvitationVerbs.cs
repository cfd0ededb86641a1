namespace ConnectorBot.Invitations;

/// <summary>The card verb and typed command of "invite everyone": the contract with the settings card.</summary>
public static class InvitationVerbs
{
    /// <summary>The settings card's "Invite everyone" button; its data carries only <see cref="Teams.AdminVerbs.TeamIdKey"/>.</summary>
    public const string Start = "admin.invite.start";

    /// <summary>"@ConnectorBot invite everyone" in a team channel.</summary>
    public const string Command = "invite";
}
