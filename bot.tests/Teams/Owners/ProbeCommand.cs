using ConnectorBot.Teams;

namespace ConnectorBot.Tests.Teams.Owners;

/// <summary>A test-only admin command ("@ConnectorBot probe"): answers only when the gate let the sender in.</summary>
public sealed class ProbeCommand : ITeamCommand
{
    public const string Word = "probe";
    public const string Answer = "probe: you are an admin here";

    public string Name => Word;

    public Task RunAsync(AdminTurn turn, string arguments) => turn.Turn.SendTextAsync(Answer);
}
