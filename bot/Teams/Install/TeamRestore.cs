using ConnectorBot.BotFramework.Routing;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Teams.Install;

/// <summary>A deleted team restored within the retention period carries on as it was: settings, admins and schedule.</summary>
public sealed class TeamRestore(TeamSettingsStore teams, ILogger<TeamRestore> logger)
{
    /// <summary>On <see cref="LifecycleKind.TeamRestored"/>.</summary>
    public async Task OnRestoredAsync(TurnContext turn, LifecycleEvent e)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(e);
        var restored = false;
        await teams.UpdateAsync(
            e.TenantId,
            e.TeamId,
            current =>
            {
                restored = current is { UninstalledAt: not null };
                return restored ? current! with { UninstalledAt = null } : null;
            },
            turn.CancellationToken);
        if (restored)
        {
            logger.LogInformation("Team {TeamId} of tenant {TenantId} was restored: its schedule resumes with its settings.", e.TeamId, e.TenantId);
        }
    }
}
