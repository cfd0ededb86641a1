using ConnectorBot.Matching;

namespace ConnectorBot.Intros.Stores;

/// <summary>The outcomes pair history records, and what each tells the matcher.</summary>
public static class PairOutcome
{
    public const string Connected = nameof(Connected);
    public const string Passed = nameof(Passed);
    public const string Expired = nameof(Expired);
    public const string Helped = nameof(Helped);
    public const string Met = nameof(Met);
    public const string NotYet = nameof(NotYet);
    public const string No = nameof(No);

    private static readonly Dictionary<string, IntroOutcome> ForMatcher = new(StringComparer.Ordinal)
    {
        [Connected] = IntroOutcome.Met,
        [Passed] = IntroOutcome.Declined,
        [Expired] = IntroOutcome.NoResponse,
        [Helped] = IntroOutcome.Met,
        [Met] = IntroOutcome.Met,
        [NotYet] = IntroOutcome.Met,
        [No] = IntroOutcome.Met,
    };

    public static bool IsKnown(string? outcome) => outcome is not null && ForMatcher.ContainsKey(outcome);

    /// <summary>Connected and every "did you meet?" answer count as met (they were introduced); a pass is a decline; silence is no response.</summary>
    public static IntroOutcome ToMatcher(string outcome) =>
        ForMatcher.TryGetValue(outcome, out var mapped) ? mapped : throw new ArgumentException($"Unknown pair outcome '{outcome}'.", nameof(outcome));
}
