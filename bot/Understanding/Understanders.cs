namespace ConnectorBot.Understanding;

/// <summary>The sources of understanding in the order they are tried: the configured one first, the offline one always last.</summary>
public sealed record Understanders(IReadOnlyList<IAnswerUnderstander> InPreference);
