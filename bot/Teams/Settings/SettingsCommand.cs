namespace ConnectorBot.Teams.Settings;

/// <summary>"@ConnectorBot settings": posts the settings card, which the admin's Teams client refreshes into the form.</summary>
public sealed class SettingsCommand
{
    /// <summary>The command word.</summary>
    public const string Name = "settings";

    public async Task RunAsync(AdminTurn turn, string arguments)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await turn.Turn.SendCardAsync(SettingsCards.Posted(turn.Team, turn.ActorName ?? string.Empty, turn.ActorUserId), SettingsStrings.Title);
    }
}
