using System.Diagnostics;
using System.Globalization;

using ConnectorBot.Embeddings.Local;
using ConnectorBot.Matching;

using Microsoft.Extensions.AI;

namespace ConnectorBot.Cli;

/// <summary>
/// Gives every profile its sentence embeddings for the command-line round: from the vector cache where it has them,
/// otherwise from the local models in batches, with a progress bar on stderr.
/// </summary>
internal sealed class ProfileEmbedder(LocalSentenceEmbeddings generator, VectorCache cache, TextWriter errors)
{
    private const int Batch = 256;

    /// <summary>Texts embedded by this instance and the seconds it took (for the bench's throughput line).</summary>
    public (int Texts, double Seconds) Work { get; private set; }

    public List<MatchProfile> Embed(IReadOnlyList<MatchProfile> profiles, bool showProgress)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        List<(string Text, bool Query)> wanted = [.. profiles
            .SelectMany(p => new[] { (TextMeaning.AskText(p), true), (TextMeaning.OfferText(p), false), (TextMeaning.GoalText(p), false) })
            .Distinct()
            .Where(t => !cache.TryGet(VectorCache.Key(generator.ModelId, t.Item2, t.Item1), out _))];
        Stopwatch watch = Stopwatch.StartNew();
        int done = 0;
        foreach (IGrouping<bool, (string Text, bool Query)> kind in wanted.GroupBy(t => t.Query))
        {
            foreach ((string Text, bool Query)[] chunk in kind.Chunk(Batch))
            {
                GeneratedEmbeddings<Embedding<float>> vectors = generator
                    .GenerateAsync(chunk.Select(c => c.Text), kind.Key ? LocalSentenceEmbeddings.QueryOptions : null)
                    .GetAwaiter().GetResult();
                for (int i = 0; i < chunk.Length; i++)
                {
                    cache.Add(VectorCache.Key(generator.ModelId, kind.Key, chunk[i].Text), vectors[i].Vector.ToArray());
                }

                done += chunk.Length;
                if (showProgress)
                {
                    Bar(done, wanted.Count, watch.Elapsed);
                }
            }
        }

        if (showProgress && wanted.Count > 0)
        {
            errors.WriteLine();
        }

        Work = (Work.Texts + wanted.Count, Work.Seconds + watch.Elapsed.TotalSeconds);
        cache.Save();
        return [.. profiles.Select(p => p with
        {
            Meaning = new TextMeaning(Vector(TextMeaning.AskText(p), true), Vector(TextMeaning.OfferText(p), false), Vector(TextMeaning.GoalText(p), false))
            {
                Parts = generator.Parts,
                Model = generator.ModelId,
            },
        })];

        float[] Vector(string text, bool query)
        {
            cache.TryGet(VectorCache.Key(generator.ModelId, query, text), out float[] vector);
            return vector;
        }
    }

    private void Bar(int done, int total, TimeSpan elapsed)
    {
        const int Width = 30;
        int filled = total == 0 ? Width : (int)((long)Width * done / total);
        double rate = done / Math.Max(elapsed.TotalSeconds, 1e-3);
        errors.Write(string.Create(CultureInfo.InvariantCulture, $"\rembedding [{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} texts, {rate:0}/s "));
    }
}
