namespace ConnectorBot.Teams.Admins;

/// <summary>Every sentence of managing a team's ConnectorBot admins, ready for translation. Names arrive escaped for where they are shown.</summary>
public static class AdminsStrings
{
    public const string Title = "👥 ConnectorBot admins";
    public const string Explained = "Admins open the settings, match now, invite everyone and see stats. Team owners are admins too when the bot may read the team's owners.";
    public const string HowToAdd = "To add someone, mention me with: admins add @name";
    public const string RemoveButton = "Remove";
    public const string UnknownName = "(someone who has left the team)";

    public static string Added(string names) => $"✅ {names} can now run ConnectorBot in this team.";
    public static string AlreadyAdmin(string names) => $"{names} is already an admin.";
    public static string Removed(string names) => $"{names} is no longer a ConnectorBot admin here.";
    public static string NotAnAdmin(string names) => $"{names} isn't an admin, so there was nothing to remove.";
    public const string LastAdmin = "I can't remove the last admin: add someone else first, so the team is never left without one.";
    public static string NotInTeam(string name) => $"I couldn't find {name} in this team. Only team members can be admins.";
    public const string NoMention = "Mention the people to add or remove, for example: admins add @Ada Lovelace";
    /// <summary><paramref name="claimerName"/>: the markdown-escaped display name.</summary>
    public static string Claimed(string claimerName) => $"✅ {claimerName} is now this team's ConnectorBot admin: the team had none. Admins can add others with **admins add @name**.";

    /// <summary>Said when Teams gave no display name with the claim.</summary>
    public const string ClaimedNoName = "✅ You're now this team's ConnectorBot admin: the team had none. Admins can add others with **admins add @name**.";

    /// <summary>On the "forget me" confirmation of a team's only named admin; <paramref name="teamNames"/> escaped for the card.</summary>
    public static string LastAdminWarning(string teamNames) =>
        $"You're the only ConnectorBot admin of {teamNames}. After this the team has no admin until someone in it mentions me with **claim** " +
        "(or name another admin first: **@ConnectorBot admins add @name** in the team).";

    /// <summary>A team whose name Teams never gave.</summary>
    public const string UnnamedTeam = "a team";

    public const string LookupFailed = "I couldn't check the team's members just now. Please try again in a minute.";

    public static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        0 => string.Empty,
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
