namespace ConnectorBot.Matching;

/// <summary>How a past introduction ended.</summary>
public enum IntroOutcome
{
    Met,
    NoResponse,
    Declined,
}

/// <summary>One past introduction between two members.</summary>
public sealed record PastIntro(string A, string B, DateOnly Date, IntroOutcome Outcome);

/// <summary>Everything earlier rounds tell the next one: past intros, hard "never with" pairs, and who waits first in line.</summary>
public sealed record PairHistory(
    IReadOnlyList<PastIntro> Intros,
    IReadOnlyList<(string A, string B)> NeverWith,
    IReadOnlyList<string> FirstInLine)
{
    public static PairHistory Empty { get; } = new([], [], []);
}
