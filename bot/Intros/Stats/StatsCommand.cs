using ConnectorBot.Teams;

namespace ConnectorBot.Intros.Stats;

/// <summary>"@ConnectorBot stats" in any of the team's channels: the stats card, in that channel, for admins (the gate has checked).</summary>
public sealed class StatsCommand(StatsReader reader)
{
    public async Task RunAsync(AdminTurn turn, string arguments)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var data = await reader.ReadAsync(turn.Team, turn.CancellationToken);
        await turn.Turn.SendCardAsync(StatsCard.For(turn.Team, StatsFigures.From(data)), StatsStrings.Summary);
    }
}
