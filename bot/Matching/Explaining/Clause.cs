using ConnectorBot.Matching.Scoring;

namespace ConnectorBot.Matching.Explaining;

/// <summary>A whole clause of one answer: where it sits in the field's text, and its words (punctuation kept). Leading: the answer's first words.</summary>
public sealed record Clause(ProfileField Field, int Start, int End, string Text, bool Leading = false)
{
    public string[] Words { get; } = Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
