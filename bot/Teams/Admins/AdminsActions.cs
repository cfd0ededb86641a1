using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Teams.Admins;

/// <summary>The admin list from the settings card, and its Remove buttons.</summary>
public sealed class AdminsActions(TeamAdmins admins, AdminReplies replies, Settings.TeamSettingsStore teams)
{
    public Task<InvokeResponse> ShowAsync(AdminTurn turn, CardAction action)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return ListAsync(turn, action, turn.Team, note: null);
    }

    public async Task<InvokeResponse> RemoveAsync(AdminTurn turn, CardAction action)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var team = turn.Team;
        if (action.GetString(AdminsCard.MemberIdKey) is not { Length: > 0 } memberId)
        {
            return InvokeResponse.Message(AdminStrings.UnknownAction);
        }

        var before = await admins.ListAsync(team, turn.CancellationToken);
        var change = await admins.RemoveAsync(team, memberId, turn.CancellationToken);
        var name = before.FirstOrDefault(a => string.Equals(a.MemberId, memberId, StringComparison.OrdinalIgnoreCase))?.Name;
        var note = AdminsReply.Sentence(change, name is null ? AdminsStrings.UnknownName : BotFramework.Cards.CardText.Escape(name));
        team = await teams.GetAsync(team.TenantId, team.TeamId, turn.CancellationToken) ?? team;
        return await ListAsync(turn, action, team, note);
    }

    private async Task<InvokeResponse> ListAsync(AdminTurn turn, CardAction action, Settings.TeamSettings team, string? note)
    {
        var list = await admins.ListAsync(team, turn.CancellationToken);
        return await replies.CardAsync(turn, action, AdminsCard.Build(team, list, note));
    }
}
