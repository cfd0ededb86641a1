namespace ConnectorBot.Teams;

/// <summary>Who may run a team command: checked by <see cref="AdminGate"/> before the command runs.</summary>
public enum TeamCommandAccess
{
    /// <summary>The team's named admins, and its owners when Graph is on.</summary>
    Admins,

    /// <summary>Anyone in the team, while it has no named admin ("claim").</summary>
    AnyoneWhileNoAdmin,
}
