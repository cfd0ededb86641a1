using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Interview;

/// <summary>"help" (and its usual synonyms, as the command parser knows them) in personal chat lists what a member can do; channels get the admin help.</summary>
public sealed class HelpCommand
{
    public Task RunAsync(TurnContext turn) => turn.SendTextAsync(InterviewStrings.Help);
}
