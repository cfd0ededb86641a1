using System.Globalization;

namespace ConnectorBot.Admin.Admins;

/// <summary>Every sentence of managing a team's ConnectorBot admins, ready for translation.</summary>
public static class AdminsStrings
{
    public const string Title = "👥 ConnectorBot admins";
    public const string Explained = "Admins open the settings, match now, invite everyone and see stats. Team owners are admins too when the bot may read the team's owners.";
    public const string HowToAdd = "To add someone, mention me with: admins add @name";
    public const string RemoveButton = "Remove";
    public const string UnknownName = "(someone who has left the team)";

    /// <summary>{0}: joined names (markdown-escaped).</summary>
    public const string Added = "✅ {0} can now run ConnectorBot in this team.";
    public const string AlreadyAdmin = "{0} is already an admin.";
    public const string Removed = "{0} is no longer a ConnectorBot admin here.";
    public const string NotAnAdmin = "{0} isn't an admin, so there was nothing to remove.";
    public const string LastAdmin = "I can't remove the last admin: add someone else first, so the team is never left without one.";
    public const string NotInTeam = "I couldn't find {0} in this team. Only team members can be admins.";
    public const string NoMention = "Mention the people to add or remove, for example: admins add @Ada Lovelace";
    public const string LookupFailed = "I couldn't check the team's members just now. Please try again in a minute.";

    public static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);

    public static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        0 => string.Empty,
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
