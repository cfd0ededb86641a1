using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Teams.Admins;

/// <summary>The admin list from the settings card, and its Remove buttons.</summary>
public sealed class AdminsActions(TeamAdmins admins, AdminReplies replies, Settings.TeamSettingsStore teams) : IAdminCardAction
{
    public bool Handles(string verb) => verb is AdminsCard.ShowVerb or AdminsCard.RemoveVerb;

    public async Task<InvokeResponse> RunAsync(AdminTurn turn, CardAction action)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var team = turn.Team;
        string? note = null;
        if (action.Verb == AdminsCard.RemoveVerb)
        {
            if (action.GetString(AdminsCard.MemberIdKey) is not { Length: > 0 } memberId)
            {
                return InvokeResponse.Message(AdminStrings.UnknownAction);
            }

            var before = await admins.ListAsync(team, turn.CancellationToken).ConfigureAwait(false);
            var change = await admins.RemoveAsync(team, memberId, turn.CancellationToken).ConfigureAwait(false);
            var name = before.FirstOrDefault(a => string.Equals(a.MemberId, memberId, StringComparison.OrdinalIgnoreCase))?.Name;
            note = AdminsReply.Sentence(change, name is null ? AdminsStrings.UnknownName : BotFramework.Cards.CardText.Escape(name));
            team = await teams.GetAsync(team.TenantId, team.TeamId, turn.CancellationToken).ConfigureAwait(false) ?? team;
        }

        var list = await admins.ListAsync(team, turn.CancellationToken).ConfigureAwait(false);
        return await replies.CardAsync(turn, action, AdminsCard.Build(team, list, note)).ConfigureAwait(false);
    }
}
