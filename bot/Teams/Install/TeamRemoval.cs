using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Teams.Settings;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Teams.Install;

/// <summary>
/// The bot removed from a team, or the team deleted: the team is marked uninstalled, so its schedule stops (the
/// scheduler skips it) while its data is kept for the retention period. A restored team carries on as it was.
/// </summary>
public sealed class TeamRemoval(TeamSettingsStore teams, IOptions<InstallOptions> options, TimeProvider clock, ILogger<TeamRemoval> logger)
    : IConversationUpdateHandler, IInstallationUpdateHandler
{
    public Task OnConversationUpdateAsync(TurnContext turn) => OnTeamEventAsync(turn);

    public Task OnInstallationUpdateAsync(TurnContext turn) => OnTeamEventAsync(turn);

    private async Task OnTeamEventAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var teamEvent = TeamEvent.Of(turn.Activity);
        switch (teamEvent.Kind)
        {
            case TeamEventKind.Removed:
                await MarkUninstalledAsync(teamEvent, turn.CancellationToken).ConfigureAwait(false);
                break;
            case TeamEventKind.Restored:
                await RestoreAsync(teamEvent, turn.CancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task MarkUninstalledAsync(TeamEvent e, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var marked = false;
        var stored = await teams.UpdateAsync(
            e.TenantId,
            e.TeamId,
            current =>
            {
                // Teams may say it twice (conversationUpdate and installationUpdate): the first removal's time counts.
                marked = current is { UninstalledAt: null };
                return marked ? current! with { UninstalledAt = now } : null;
            },
            cancellationToken).ConfigureAwait(false);
        if (marked)
        {
            logger.LogInformation(
                "Removed from team {TeamId} of tenant {TenantId}: its schedule stops and its data is kept until {EraseAfter:O}.",
                e.TeamId,
                e.TenantId,
                now.AddDays(options.Value.RetentionDays));
        }
        else if (stored is null)
        {
            logger.LogInformation("Removed from team {TeamId} of tenant {TenantId}, which is not on record.", e.TeamId, e.TenantId);
        }
    }

    private async Task RestoreAsync(TeamEvent e, CancellationToken cancellationToken)
    {
        var restored = false;
        await teams.UpdateAsync(
            e.TenantId,
            e.TeamId,
            current =>
            {
                restored = current is { UninstalledAt: not null };
                return restored ? current! with { UninstalledAt = null } : null;
            },
            cancellationToken).ConfigureAwait(false);
        if (restored)
        {
            logger.LogInformation("Team {TeamId} of tenant {TenantId} was restored: its schedule resumes with its settings.", e.TeamId, e.TenantId);
        }
    }
}
