using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Teams;

namespace ConnectorBot.Intros.Stats;

/// <summary>
/// The "Stats" and "Refresh" buttons (<see cref="StatsVerbs.Show"/>): answers the invoke with a fresh stats card, which
/// replaces the card the button was on. Through the Action.Submit fallback there is nothing to replace, so the card is sent.
/// </summary>
public sealed class ShowStatsAction(StatsReader reader, AdminReplies replies)
{
    public async Task<InvokeResponse> RunAsync(AdminTurn turn, CardAction action)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var data = await reader.ReadAsync(turn.Team, turn.CancellationToken);
        var card = StatsCard.For(turn.Team, StatsFigures.From(data));
        return await replies.CardAsync(turn, action, card, summary: StatsStrings.Summary);
    }
}
