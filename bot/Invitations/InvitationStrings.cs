using System.Globalization;

namespace ConnectorBot.Invitations;

/// <summary>
/// Every sentence of "invite everyone", ready for translation. Methods take numbers, or text the caller has
/// already escaped (CardText on cards, MarkdownText in messages).
/// </summary>
public static class InvitationStrings
{
    public const string Title = "Invite everyone";

    public const string Explained = "Everyone in the team who hasn't answered my questions yet gets a private welcome from me, one person at a time. People who have answered are left alone.";

    public const string Counting = "Inviting everyone: getting the list of the team's members…";

    public static string Progress(int handled, int total, int invited, int answered, int unreachable) =>
        string.Create(CultureInfo.InvariantCulture, $"Inviting everyone: {handled} of {total} so far — {invited} invited, {answered} had already answered, {unreachable} couldn't be reached");

    public const string Done = "Done";

    public static string DoneCounts(int total, int invited, int answered, int unreachable) =>
        string.Create(CultureInfo.InvariantCulture, $"{total} members — {invited} invited, {answered} had already answered, {unreachable} couldn't be reached");

    public const string Paused = "Teams asked me to slow down, so I'm taking a short break. I'll carry on by myself; nobody is skipped or invited twice.";

    public const string Stopped = "I had to stop: I can't read this team's members any more. Has ConnectorBot been removed from the team?";

    public static string StartedBy(string adminName) => $"Started by {adminName}";

    public const string StartedByUnknown = "Started by a team admin";

    /// <summary>Said when a pass is already under way and the admin asks again.</summary>
    public static string AlreadyRunning(string progressLine) => $"I'm already inviting everyone in this team. {progressLine}";

    /// <summary>"@ConnectorBot invite" with something other than "everyone" after it.</summary>
    public const string CommandHelp = "To invite every member who hasn't answered yet, mention me with \"invite everyone\".";

    public const string NoBotId = "I can't message people privately in this team yet. Please remove me from the team and add me again, then try once more.";

    /// <summary>The one progress line, for the card and for plain messages (numbers only: nothing to escape).</summary>
    public static string ProgressLine(InvitationJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.State switch
        {
            InvitationState.Counting => Counting,
            InvitationState.Done or InvitationState.Stopped => DoneCounts(Math.Max(job.Total, job.Handled), job.Invited, job.Answered, job.Unreachable),
            _ => Progress(job.Handled, Math.Max(job.Total, job.Handled), job.Invited, job.Answered, job.Unreachable),
        };
    }
}
