using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.BotFramework.Files;

/// <summary>Whether a turn's client can take a file consent card.</summary>
public static class FileConsent
{
    public const string TeamsChannel = "msteams";

    /// <summary>Whether the turn came on the Teams channel, signed or not (unsigned: the Agents Playground).</summary>
    public static bool IsTeamsChannel(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return string.Equals(turn.Activity.ChannelId, TeamsChannel, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Only the Teams client does file consent, and only in personal chat. Local tools say "msteams" too (the Agents
    /// Playground shows the card as unsupported), but they never come signed through the Bot Connector, so their
    /// replies carry no token: that tells them apart.
    /// </summary>
    public static bool IsAvailable(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.IsPersonal && IsTeamsChannel(turn) && turn.Connector.CarriesToken;
    }
}
