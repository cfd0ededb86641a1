using ConnectorBot.Matching;

namespace ConnectorBot.Intros;

/// <summary>How a pair's last intro ended, as pair history keeps it (by name, so rows stay readable).</summary>
public enum PairOutcome
{
    Connected,
    Passed,
    Expired,
    Helped,
    Met,
    NotYet,
    No,
}

/// <summary>Where pair outcomes come from and what each tells the matcher.</summary>
public static class PairOutcomes
{
    private static readonly HashSet<string> Names = [.. Enum.GetNames<PairOutcome>()];

    /// <summary>A "did you meet?" answer: the two were introduced, whatever came of it.</summary>
    public static PairOutcome From(MeetingOutcome answer) => answer switch
    {
        MeetingOutcome.Helped => PairOutcome.Helped,
        MeetingOutcome.Met => PairOutcome.Met,
        MeetingOutcome.NotYet => PairOutcome.NotYet,
        MeetingOutcome.No => PairOutcome.No,
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, null),
    };

    /// <summary>Reads a stored name; anything else (an older or foreign value) is not an outcome.</summary>
    public static bool TryRead(string? stored, out PairOutcome outcome)
    {
        outcome = default;
        return stored is not null && Names.Contains(stored) && Enum.TryParse(stored, out outcome);
    }

    /// <summary>Connected and every "did you meet?" answer count as met (they were introduced); a pass is a decline; silence is no response.</summary>
    public static IntroOutcome ToMatcher(this PairOutcome outcome) => outcome switch
    {
        PairOutcome.Passed => IntroOutcome.Declined,
        PairOutcome.Expired => IntroOutcome.NoResponse,
        _ => IntroOutcome.Met,
    };
}
