using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Interview;

/// <summary>Unknown text gets a pointer to help, never silence.</summary>
public sealed class NotUnderstoodReply
{
    public Task RunAsync(TurnContext turn) => turn.SendTextAsync(InterviewStrings.NotUnderstood);
}
