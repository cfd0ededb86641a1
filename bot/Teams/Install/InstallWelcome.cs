using ConnectorBot.BotFramework.Cards;
using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Teams.Install;

/// <summary>The team's first sight of the bot: a new post in General (whose id is the team's) saying what it does, who its admin is, and how to open settings.</summary>
public sealed class InstallWelcome(ILogger<InstallWelcome> logger)
{
    public async Task SendAsync(TurnContext turn, string serviceUrl, string teamId)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var message = new Activity { Type = ActivityTypes.Message, Text = Text(turn.Activity.From?.Name), TextFormat = "markdown" };
        try
        {
            await turn.SendToAsync(serviceUrl, teamId, message);
            logger.LogInformation("Welcomed team {TeamId} of tenant {TenantId} in its General channel (sent, or queued while Teams is busy).", teamId, turn.TenantId);
        }
        catch (ConnectorException e)
        {
            // The install itself stands (settings stored); the team just misses the hello.
            logger.LogWarning("Could not post the welcome in team {TeamId} of tenant {TenantId}: {Outcome}.", teamId, turn.TenantId, e.Outcome);
        }
    }

    public static string Text(string? installerName)
    {
        var admin = string.IsNullOrWhiteSpace(installerName)
            ? InstallStrings.SomeoneIsAdmin
            : InstallStrings.InstallerIsAdmin(MarkdownText.Escape(installerName));
        return InstallStrings.Welcome(admin);
    }
}
