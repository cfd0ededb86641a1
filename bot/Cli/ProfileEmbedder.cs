using System.Globalization;

using ConnectorBot.Embeddings;
using ConnectorBot.Embeddings.Local;
using ConnectorBot.Matching;

namespace ConnectorBot.Cli;

/// <summary>
/// Gives profiles their sentence embeddings for the command-line round, the way the bot embeds members
/// (<see cref="MemberMeanings.EmbedAsync(EmbeddingModel, IReadOnlyList{MatchProfile}, CancellationToken)"/>), through the
/// vector cache, with a progress bar on stderr.
/// </summary>
public sealed class ProfileEmbedder(LocalSentenceEmbeddings generator, VectorCache cache, TextWriter errors)
{
    // Members per call: often enough for the progress bar, large enough for the models' batching.
    private const int Batch = 256;

    public List<MatchProfile> Embed(IReadOnlyList<MatchProfile> profiles, bool showProgress)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        CachedEmbeddings cached = new(generator, cache);
        var model = EmbeddingModel.Of(EmbeddingsOptions.LocalProvider, cached, generator.Parts);
        Dictionary<string, TextMeaning> meanings = new(StringComparer.Ordinal);
        var done = 0;
        foreach (var chunk in profiles.Chunk(Batch))
        {
            foreach ((var id, var meaning) in MemberMeanings.EmbedAsync(model, chunk, CancellationToken.None).GetAwaiter().GetResult())
            {
                meanings[id] = meaning;
            }

            done += chunk.Length;
            if (showProgress)
            {
                Bar(done, profiles.Count, cached.Embedded);
            }
        }

        if (showProgress && profiles.Count > 0)
        {
            errors.WriteLine();
        }

        cache.Save();
        return [.. profiles.Select(p => meanings.TryGetValue(p.Id, out var meaning) ? p with { Meaning = meaning } : p)];
    }

    private void Bar(int done, int total, int embedded)
    {
        const int Width = 30;
        var filled = total == 0 ? Width : (int)((long)Width * done / total);
        errors.Write(string.Create(CultureInfo.InvariantCulture, $"\rembedding [{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} members, {embedded} texts embedded "));
    }
}
