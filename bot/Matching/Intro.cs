namespace ConnectorBot.Matching;

/// <summary>One introduction: two members (three for a trio), how strong the match is, and why in one sentence.</summary>
public sealed record Intro(string A, string B, double Score, string Reason, string? C = null);

/// <summary>A member who had a good match but was left without a partner this round; reported, never silent.</summary>
public sealed record LeftOver(string MemberId, string BestPartnerId, double Score);

/// <summary>The outcome of one round.</summary>
public sealed record IntroRound(
    IReadOnlyList<Intro> Intros,
    IReadOnlyList<LeftOver> FirstInLine)
{
    /// <summary>
    /// Members left without an intro on purpose: nobody this round (that history allows) clears the bar for them, so
    /// they are reported rather than forced into a weak intro. Ids in ordinal order.
    /// </summary>
    public IReadOnlyList<string> NoGoodMatch { get; init; } = [];
}
