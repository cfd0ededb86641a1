namespace ConnectorBot.Teams;

/// <summary>Every sentence admins (and refused non-admins) see from the shared admin plumbing, ready for translation.</summary>
public static class AdminStrings
{
    public const string NotAdmin = "Sorry, only this team's ConnectorBot admins can do that. Ask a team owner or one of the admins if you'd like to help run intros.";

    /// <summary>Refusing someone in a team left without a named admin: say how the team gets one back.</summary>
    public const string NoAdmin =
        "This team has no ConnectorBot admin right now (the last one is no longer on the list). Anyone in the team can become its admin " +
        "by mentioning me with **claim**; everyone in the channel will see who did.";

    public const string AlreadyHasAdmin = "This team already has a ConnectorBot admin. Ask them to add you with \"admins add @name\".";

    public const string OnlyInTeams = "Team settings live in a team: mention me in one of the team's channels, for example \"@ConnectorBot settings\".";
    public const string NotInstalled = "I don't have this team on record yet. Please remove me from the team and add me again, then try once more.";
    public const string UnknownAction = "This card's button is no longer supported. Mention me with \"settings\" for a fresh card.";

    public const string ChannelHelp =
        "Hi! I suggest introductions between colleagues who can help each other. In a channel, team admins can mention me with:\n\n" +
        "- **settings**: the intro channel, schedule and rules, match now, invite everyone\n" +
        "- **invite everyone**: a private welcome to everyone in the team who hasn't answered yet\n" +
        "- **stats**: how intros are going\n" +
        "- **admins add @name** / **admins remove @name**: who runs ConnectorBot here\n\n" +
        "Everyone: chat with me privately to tell me what you're hoping to accomplish.";
}
