namespace ConnectorBot.Matching;

/// <summary>What to do with a member who had a good match but was left without a partner.</summary>
public enum OddHeadcountPolicy
{
    /// <summary>Join them to the intro of their best partner, making a trio.</summary>
    Trio,

    /// <summary>Leave them out this round and put them first in line for the next.</summary>
    FirstInLine,
}

/// <summary>The knobs of one round.</summary>
public sealed record RoundOptions
{
    /// <summary>At most this many intros per member.</summary>
    public int PerMember { get; init; } = 1;

    /// <summary>No repeat of a pair introduced within this many days.</summary>
    public int CooldownDays { get; init; } = 90;

    /// <summary>Pairs scoring below this are never introduced.</summary>
    public double Threshold { get; init; } = MatchTuning.DefaultThreshold;

    public OddHeadcountPolicy OddHeadcount { get; init; } = OddHeadcountPolicy.FirstInLine;

    /// <summary>The round's date, for the cooldown.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>How many candidate partners each member keeps before assignment; bounds the graph to O(n).</summary>
    public int CandidatesPerMember { get; init; } = 10;
}
