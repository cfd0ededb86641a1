using ConnectorBot.Embeddings;
using ConnectorBot.Embeddings.Local;
using ConnectorBot.Understanding.Offline;

namespace ConnectorBot.Tests.Embeddings;

/// <summary>
/// The real local sentence model, loaded once for the whole test run (a second or two, and its memory) and shared by
/// every host: the bot's own registration would load one per host.
/// </summary>
public static class SharedLocalModel
{
    private static readonly Lazy<LocalSentenceEmbeddings> Generator = new(() => new LocalSentenceEmbeddings());

    private static readonly Lazy<ConceptMeanings> Meanings = new(() => new ConceptMeanings(Embeddings, Embeddings.Parts));

    public static LocalSentenceEmbeddings Embeddings => Generator.Value;

    /// <summary>The offline understanding's concepts by meaning over the shared model: their table is embedded once per run, not per host.</summary>
    public static ConceptMeanings Concepts => Meanings.Value;

    /// <summary>The model as the bot registers it.</summary>
    public static EmbeddingModel Model => EmbeddingModel.Of(EmbeddingsOptions.LocalProvider, Embeddings, Embeddings.Parts);

    /// <summary>The shared model behind a counter (its own per test), under the real model's id unless another is given.</summary>
    public static (EmbeddingModel Model, CountingGenerator Counter) Counted(string? modelId = null)
    {
        var counter = new CountingGenerator(Embeddings);
        var model = Model;
        return (model with { Generator = counter, Model = modelId ?? model.Model }, counter);
    }
}
