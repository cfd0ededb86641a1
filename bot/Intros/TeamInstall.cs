using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Storage.Records;

namespace ConnectorBot.Intros;

/// <summary>
/// When the bot is added to a team, the team gets its settings row: where to reach it, the installer
/// as first admin, and defaults (intros in the General channel, weekly) until an admin changes them.
/// </summary>
public sealed class TeamInstall(TeamSettingsStore teams, TimeProvider clock, ILogger<TeamInstall> logger) : IConversationUpdateHandler
{
    public async Task OnConversationUpdateAsync(TurnContext turn)
    {
        var activity = turn.Activity;
        var team = turn.Teams?.Team;
        var botAdded = activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true;
        if (team?.Id is not { } teamId || !botAdded || activity.GetTenantId() is not { } tenantId || activity.ServiceUrl is not { } serviceUrl)
        {
            return;
        }

        var now = clock.GetUtcNow();
        await teams.UpdateAsync(
            tenantId,
            teamId,
            current => (current ?? new TeamSettings
            {
                TenantId = tenantId,
                TeamId = teamId,
                ServiceUrl = serviceUrl,
                IntroChannelId = teamId,
                InstalledAt = now,
                Admins = activity.From?.AadObjectId is { } installer ? [installer] : [],
            }) with
            {
                TeamName = team.Name ?? current?.TeamName,
                ServiceUrl = serviceUrl,
                BotId = activity.Recipient?.Id,
            },
            turn.CancellationToken).ConfigureAwait(false);
        logger.LogInformation("Installed in team {TeamId} of tenant {TenantId}.", teamId, tenantId);
    }
}
