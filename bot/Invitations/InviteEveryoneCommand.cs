using ConnectorBot.Teams;

namespace ConnectorBot.Invitations;

/// <summary>"@ConnectorBot invite everyone": the typed twin of the settings card's button.</summary>
public sealed class InviteEveryoneCommand(InvitationStarter starter)
{
    private static readonly string[] Everyone = ["everyone", "everybody", "all"];

    public async Task RunAsync(AdminTurn turn, string arguments)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(arguments);
        if (!Everyone.Contains(arguments.Trim().ToLowerInvariant()))
        {
            await turn.Turn.SendTextAsync(InvitationStrings.CommandHelp);
            return;
        }

        var start = await starter.StartAsync(turn);
        if (start.Job is not { } job)
        {
            await turn.Turn.SendTextAsync(start.Refusal!);
        }
        else if (!start.Started)
        {
            await turn.Turn.SendTextAsync(InvitationStrings.AlreadyRunning(InvitationStrings.ProgressLine(job)));
        }

        // A new pass has just posted its progress card here: nothing more to say.
    }
}
