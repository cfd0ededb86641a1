using System.Globalization;

namespace ConnectorBot.Invitations;

/// <summary>
/// Every sentence of "invite everyone", ready for translation. Placeholders take numbers, or text the caller has
/// already escaped (CardText on cards, MarkdownText in messages).
/// </summary>
public static class InvitationStrings
{
    public const string Title = "Invite everyone";

    public const string Explained = "Everyone in the team who hasn't answered my questions yet gets a private welcome from me, one person at a time. People who have answered are left alone.";

    public const string Counting = "Inviting everyone: getting the list of the team's members…";

    /// <summary>{0}: handled so far; {1}: members in all; {2}: invited; {3}: had already answered; {4}: unreachable.</summary>
    public const string Progress = "Inviting everyone: {0} of {1} so far — {2} invited, {3} had already answered, {4} couldn't be reached";

    public const string Done = "Done";

    /// <summary>{0}: members in all; {1}: invited; {2}: had already answered; {3}: unreachable.</summary>
    public const string DoneCounts = "{0} members — {1} invited, {2} had already answered, {3} couldn't be reached";

    public const string Paused = "Teams asked me to slow down, so I'm taking a short break. I'll carry on by myself; nobody is skipped or invited twice.";

    public const string Stopped = "I had to stop: I can't read this team's members any more. Has ConnectorBot been removed from the team?";

    /// <summary>{0}: the admin who started it.</summary>
    public const string StartedBy = "Started by {0}";

    public const string StartedByUnknown = "Started by a team admin";

    /// <summary>Said when a pass is already under way and the admin asks again; {0}: the progress line.</summary>
    public const string AlreadyRunning = "I'm already inviting everyone in this team. {0}";

    /// <summary>"@ConnectorBot invite" with something other than "everyone" after it.</summary>
    public const string CommandHelp = "To invite every member who hasn't answered yet, mention me with \"invite everyone\".";

    public const string NoBotId = "I can't message people privately in this team yet. Please remove me from the team and add me again, then try once more.";

    public static string Format(string template, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);

    /// <summary>The one progress line, for the card and for plain messages (numbers only: nothing to escape).</summary>
    public static string ProgressLine(InvitationJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.State switch
        {
            InvitationState.Counting => Counting,
            InvitationState.Done or InvitationState.Stopped => Format(DoneCounts, Math.Max(job.Total, job.Handled), job.Invited, job.Answered, job.Unreachable),
            _ => Format(Progress, job.Handled, Math.Max(job.Total, job.Handled), job.Invited, job.Answered, job.Unreachable),
        };
    }
}
