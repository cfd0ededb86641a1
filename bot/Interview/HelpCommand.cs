using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Interview;

/// <summary>"help" (and its usual synonyms) lists what the bot can do, in any scope.</summary>
public sealed class HelpCommand : IMessageHandler
{
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "help", "h", "menu", "commands", "what can you do", "how does this work", "hilfe", "ayuda", "aide",
    };

    public async Task<bool> TryHandleMessageAsync(TurnContext turn)
    {
        if (!Phrases.Contains(CommandText.Normalize(turn.Text)))
        {
            return false;
        }

        await turn.SendTextAsync(InterviewStrings.Help).ConfigureAwait(false);
        return true;
    }
}
