using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Teams;

/// <summary>
/// What people type to the bot in a team channel (Teams only delivers channel messages that @mention it):
/// admin commands by their first word for admins, a polite refusal for everyone else, and a short help for the rest.
/// </summary>
public sealed class TeamChannelCommands(IEnumerable<ITeamCommand> commands, AdminGate gate) : IMessageHandler
{
    public async Task<bool> TryHandleMessageAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.IsPersonal || turn.Teams?.Team?.Id is null)
        {
            return false;
        }

        var (word, arguments) = Split(turn.Text);
        var command = commands.FirstOrDefault(c => c.Name == word);
        if (command is null)
        {
            await turn.SendTextAsync(AdminStrings.ChannelHelp).ConfigureAwait(false);
            return true;
        }

        var check = command.Access == TeamCommandAccess.AnyoneWhileNoAdmin
            ? await gate.CheckClaimAsync(turn).ConfigureAwait(false)
            : await gate.CheckAsync(turn).ConfigureAwait(false);
        if (check.Admin is null)
        {
            await turn.SendTextAsync(check.Refusal!).ConfigureAwait(false);
            return true;
        }

        await command.RunAsync(check.Admin, arguments).ConfigureAwait(false);
        return true;
    }

    private static (string Word, string Arguments) Split(string text)
    {
        var trimmed = text.Trim().TrimEnd('.', '!', '?').Trim();
        var space = trimmed.IndexOfAny([' ', '\t', '\n']);
        var word = (space < 0 ? trimmed : trimmed[..space]).ToLowerInvariant();
        return (word, space < 0 ? string.Empty : trimmed[(space + 1)..].Trim());
    }
}
