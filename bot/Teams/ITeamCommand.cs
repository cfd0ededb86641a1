namespace ConnectorBot.Teams;

/// <summary>An admin's typed command in a team channel ("@ConnectorBot settings"); one class per command.</summary>
public interface ITeamCommand
{
    /// <summary>The first word that selects the command, lower case.</summary>
    string Name { get; }

    /// <summary>Who may run it; the team's admins unless the command says otherwise.</summary>
    TeamCommandAccess Access => TeamCommandAccess.Admins;

    /// <summary>Runs for an admin; <paramref name="arguments"/> is the text after the command word.</summary>
    Task RunAsync(AdminTurn turn, string arguments);
}

/// <summary>Who may run a team command: checked by <see cref="AdminGate"/> before the command runs.</summary>
public enum TeamCommandAccess
{
    /// <summary>The team's named admins, and its owners when Graph is on.</summary>
    Admins,

    /// <summary>Anyone in the team, while it has no named admin ("claim").</summary>
    AnyoneWhileNoAdmin,
}
