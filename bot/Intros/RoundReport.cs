namespace ConnectorBot.Intros;

/// <summary>What one round did: reported to logs now, to the admin's stats and preview later.</summary>
public sealed record RoundReport(string RoundId, int RosterMembers, int Eligible, int Intros, IReadOnlyList<string> FirstInLine, bool AlreadyRan)
{
    /// <summary>Intros posted in the team's channel (at most the team's channel limit).</summary>
    public int InChannel { get; init; }

    /// <summary>Intros beyond the channel limit, sent 1:1 to the people named.</summary>
    public int Privately { get; init; }
}
