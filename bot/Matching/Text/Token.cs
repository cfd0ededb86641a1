namespace ConnectorBot.Matching.Text;

/// <summary>One word of a field: where it sits in the original text (for quoting) and its folded, stemmed form (for matching).</summary>
public readonly record struct Token(int Start, int Length, string Folded, string Stem);
