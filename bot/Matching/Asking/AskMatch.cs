namespace ConnectorBot.Matching.Asking;

/// <summary>
/// One colleague found for an ask (or, in a give digest, one member in need found for a helper): who, how well on a
/// 0–1 scale (0.5 is the bar a round introduces at), and one line saying why, in the member's own words (plain text;
/// cards escape it).
/// </summary>
public sealed record AskMatch(string MemberId, double Score, string Reason);
