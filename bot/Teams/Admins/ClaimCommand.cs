using ConnectorBot.BotFramework.Cards;

namespace ConnectorBot.Teams.Admins;

/// <summary>
/// "@ConnectorBot claim": a team left without a named admin (its last one said "forget me") gets one back without Graph or
/// a re-install. Anyone in the team may claim it, only while it has none, and the answer is posted in the channel for all to see.
/// </summary>
public sealed class ClaimCommand(TeamAdmins admins)
{
    /// <summary>The command word; its route lets in anyone while the team has no admin (<see cref="TeamCommandAccess.AnyoneWhileNoAdmin"/>).</summary>
    public const string Name = "claim";

    public async Task RunAsync(AdminTurn turn, string arguments)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!await admins.ClaimAsync(turn.Team, turn.ActorId, turn.CancellationToken))
        {
            // Someone else claimed it between the check and now.
            await turn.Turn.SendTextAsync(AdminStrings.AlreadyHasAdmin);
            return;
        }

        await turn.Turn.SendTextAsync(string.IsNullOrWhiteSpace(turn.ActorName)
            ? AdminsStrings.ClaimedNoName
            : AdminsStrings.Claimed(MarkdownText.Escape(turn.ActorName)));
    }
}
