using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Interview;

/// <summary>Unknown text gets a pointer to help, never silence.</summary>
public sealed class NotUnderstoodReply : IFallbackMessageHandler
{
    public Task OnUnhandledMessageAsync(TurnContext turn) => turn.SendTextAsync(InterviewStrings.NotUnderstood);
}
