namespace ConnectorBot.Matching.Scoring;

/// <summary>One feature (a stemmed word "w:…" or a concept "c:…") found in a field over tokens [Start, End).</summary>
public readonly record struct FeatureOccurrence(string Key, ProfileField Field, int Start, int End);
