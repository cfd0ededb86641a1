namespace ConnectorBot.Embeddings;

/// <summary>The providers in the order a round prefers them: the configured one, then the local model (the fallback).</summary>
public sealed class MeaningProviders(IReadOnlyList<MemberMeanings> inPreference)
{
    public IReadOnlyList<MemberMeanings> InPreference { get; } = inPreference;
}
