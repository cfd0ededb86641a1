using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Interview;

/// <summary>Greets a member who installs the bot in personal scope.</summary>
public sealed class WelcomeOnInstall(ILogger<WelcomeOnInstall> logger) : IInstallationUpdateHandler
{
    public async Task OnInstallationUpdateAsync(TurnContext turn)
    {
        if (turn.Activity.Action is not ("add" or "add-upgrade") || !turn.IsPersonal)
        {
            return;
        }

        logger.LogInformation("Installed in personal scope in tenant {TenantId}; greeting.", turn.TenantId);
        await turn.SendTextAsync(InterviewStrings.GreetingFor(turn.Activity.From?.Name)).ConfigureAwait(false);
    }
}
