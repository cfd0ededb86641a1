using ConnectorBot.Interview;

namespace ConnectorBot.Asks;

/// <summary>
/// Who may be shown to whom and how often, in one place. A member is shown to an asker only if both share a team of the
/// same tenant (the caller finds them in the asker's teams' rosters), the member said yes to introductions, finished
/// their answers, is not paused, is not on either one's never-list, and has not been asked too often this week. The
/// need itself is member data: logged only at Debug, and shown only to the colleague it is put to.
/// </summary>
public static class ReachRules
{
    public static readonly TimeSpan AskWindow = TimeSpan.FromDays(1);
    public static readonly TimeSpan AskedWindow = TimeSpan.FromDays(7);

    /// <summary>Whether a colleague's profile allows showing them to an asker at all.</summary>
    public static bool MayBeShown(Profile profile, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile is { IsComplete: true, Consent: true } && !profile.IsPausedAt(now);
    }

    public static bool MayAsk(int asksInWindow, AsksOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return asksInWindow < options.MaxAsksPerDay;
    }

    public static bool MayBeAsked(int askedInWindow, AsksOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return askedInWindow < options.MaxAskedPerWeek;
    }
}
