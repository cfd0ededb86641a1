using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Interview;

/// <summary>"help" (and its usual synonyms, as the command parser knows them) in personal chat lists what a member can do; channels get the admin help.</summary>
public sealed class HelpCommand : IMessageHandler
{
    public async Task<bool> TryHandleMessageAsync(TurnContext turn)
    {
        if (!turn.IsPersonal || CommandParser.Parse(turn.Text)?.Kind != MemberCommandKind.Help)
        {
            return false;
        }

        await turn.SendTextAsync(InterviewStrings.Help).ConfigureAwait(false);
        return true;
    }
}
