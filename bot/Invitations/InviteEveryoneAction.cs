using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Teams;

namespace ConnectorBot.Invitations;

/// <summary>The settings card's "Invite everyone" button: starts the team's pass (or finds the running one) and answers with its progress card.</summary>
public sealed class InviteEveryoneAction(InvitationStarter starter)
{
    public async Task<InvokeResponse> RunAsync(AdminTurn turn, CardAction action)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var start = await starter.StartAsync(turn);
        if (start.Job is not { } job)
        {
            if (!action.IsExecute)
            {
                await turn.Turn.SendTextAsync(start.Refusal!);
            }

            return InvokeResponse.Message(start.Refusal!);
        }

        // An Action.Submit click gets no invoke answer on screen: a running pass is told in a message instead.
        if (!start.Started && !action.IsExecute)
        {
            await turn.Turn.SendTextAsync(InvitationStrings.AlreadyRunning(InvitationStrings.ProgressLine(job)));
        }

        return InvokeResponse.Card(InvitationCards.Progress(job));
    }
}
