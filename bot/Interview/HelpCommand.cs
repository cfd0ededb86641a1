using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Interview;

/// <summary>"help" (and its usual synonyms, as the command parser knows them) lists what the bot can do, in any scope.</summary>
public sealed class HelpCommand : IMessageHandler
{
    public async Task<bool> TryHandleMessageAsync(TurnContext turn)
    {
        if (CommandParser.Parse(turn.Text)?.Kind != MemberCommandKind.Help)
        {
            return false;
        }

        await turn.SendTextAsync(InterviewStrings.Help).ConfigureAwait(false);
        return true;
    }
}
