using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Teams;

/// <summary>The outcome of checking a turn for admin rights: the checked turn, or the polite refusal to give.</summary>
public sealed record AdminCheck(AdminTurn? Admin, string? Refusal);

/// <summary>
/// The one place admin rights are checked, for typed commands and card buttons alike: the tenant from the activity,
/// the team from the channel (a card's team id must agree with it), the team's stored settings, and the actor's AAD
/// object id from the activity — never from card data, so a hand-made invoke gets no further than a click.
/// </summary>
public sealed class AdminGate(TeamSettingsStore teams, AdminRights rights, ILogger<AdminGate> logger)
{
    public Task<AdminCheck> CheckAsync(TurnContext turn, string? cardTeamId = null) => CheckAsync(turn, cardTeamId, claiming: false);

    /// <summary>
    /// For "claim": any member of the team may take it over, but only while it has no named admin (the last one said
    /// "forget me", for instance). Without this the team could only be reached again by removing and re-adding the bot.
    /// </summary>
    public Task<AdminCheck> CheckClaimAsync(TurnContext turn) => CheckAsync(turn, null, claiming: true);

    private async Task<AdminCheck> CheckAsync(TurnContext turn, string? cardTeamId, bool claiming)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var tenantId = turn.Activity.GetTenantId();
        var channelTeamId = turn.Teams?.Team?.Id;
        var actor = turn.Activity.From;
        if (cardTeamId is not null && channelTeamId is not null && cardTeamId != channelTeamId)
        {
            logger.LogWarning("An admin action for team {CardTeamId} arrived from team {ChannelTeamId}; refused.", cardTeamId, channelTeamId);
            return new AdminCheck(null, AdminStrings.NotAdmin);
        }

        var teamId = channelTeamId ?? cardTeamId;
        if (tenantId is null || teamId is null)
        {
            return new AdminCheck(null, AdminStrings.OnlyInTeams);
        }

        if (actor?.AadObjectId is not { Length: > 0 } actorId || actor.Id is not { Length: > 0 } actorUserId)
        {
            return new AdminCheck(null, AdminStrings.NotAdmin);
        }

        var team = await teams.GetAsync(tenantId, teamId, turn.CancellationToken);
        if (team is null)
        {
            return new AdminCheck(null, AdminStrings.NotInstalled);
        }

        if (claiming)
        {
            return team.Admins.Count == 0
                ? new AdminCheck(new AdminTurn(turn, team, actorId, actorUserId, actor.Name), null)
                : new AdminCheck(null, AdminStrings.AlreadyHasAdmin);
        }

        if (!await rights.IsAdminAsync(team, actorId, turn.CancellationToken))
        {
            logger.LogInformation("A non-admin asked for admin work in team {TeamId} of tenant {TenantId}; refused.", teamId, tenantId);
            return new AdminCheck(null, team.Admins.Count == 0 ? AdminStrings.NoAdmin : AdminStrings.NotAdmin);
        }

        return new AdminCheck(new AdminTurn(turn, team, actorId, actorUserId, actor.Name), null);
    }
}
