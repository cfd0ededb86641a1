namespace ConnectorBot.Admin;

/// <summary>An admin's typed command in a team channel ("@ConnectorBot settings"); one class per command.</summary>
public interface ITeamCommand
{
    /// <summary>The first word that selects the command, lower case.</summary>
    string Name { get; }

    /// <summary>Runs for an admin; <paramref name="arguments"/> is the text after the command word.</summary>
    Task RunAsync(AdminTurn turn, string arguments);
}
