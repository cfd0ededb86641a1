namespace ConnectorBot.Teams.Install;

/// <summary>What a team sees when the bot is added, ready for translation. Methods take text already escaped with MarkdownText.</summary>
public static class InstallStrings
{
    /// <summary><paramref name="whoIsAdmin"/>: <see cref="InstallerIsAdmin"/> or <see cref="SomeoneIsAdmin"/>.</summary>
    public static string Welcome(string whoIsAdmin) =>
        "Hi everyone, I'm ConnectorBot! I introduce colleagues who can help each other: I ask each of you privately " +
        "what you're hoping to accomplish and who could help, then suggest introductions here and say why.\n\n" +
        $"{whoIsAdmin} Admins can mention me with **@ConnectorBot settings** to choose the intro channel, the schedule and the rules.\n\n" +
        "Everyone: send me a private chat message to get started.";

    public static string InstallerIsAdmin(string installerName) => $"{installerName} added me, so they're now my admin in this team.";

    /// <summary>When Teams did not give the installer's name.</summary>
    public const string SomeoneIsAdmin = "Whoever added me is now my admin in this team.";
}
