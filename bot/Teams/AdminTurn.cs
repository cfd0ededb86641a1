using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Teams;

/// <summary>
/// A turn from a team admin, already checked: the team's settings as stored, and who is acting (AAD object id and
/// Teams user id). Admin features receive only this, so none of them can forget the check.
/// </summary>
public sealed record AdminTurn(TurnContext Turn, TeamSettings Team, string ActorId, string ActorUserId, string? ActorName)
{
    public CancellationToken CancellationToken => Turn.CancellationToken;
}
