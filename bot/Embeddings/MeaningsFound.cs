using ConnectorBot.Matching;

namespace ConnectorBot.Embeddings;

/// <summary>
/// What one provider gave for a set of members: their meanings (all of <see cref="Model"/>), how many were stored already
/// and how many were embedded now, and who was left for later (over the budget, or with no text to embed).
/// </summary>
public sealed record MeaningsFound(
    string Provider,
    string Model,
    IReadOnlyDictionary<string, TextMeaning> Meanings,
    int Stored,
    int Embedded,
    IReadOnlyList<string> Deferred);
