namespace ConnectorBot.Intros;

/// <summary>What one round did: reported to logs now, to the admin's stats and preview later.</summary>
public sealed record RoundReport(string RoundId, int RosterMembers, int Eligible, int Intros, IReadOnlyList<string> FirstInLine, bool AlreadyRan);
