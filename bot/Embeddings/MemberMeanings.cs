using System.Numerics.Tensors;
using System.Security.Cryptography;
using System.Text;

using ConnectorBot.Embeddings.Local;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Matching;

using Microsoft.Extensions.AI;

namespace ConnectorBot.Embeddings;

/// <summary>
/// Members' sentence vectors from one provider, kept in the Meanings table: a member whose texts and model are those
/// their row was made from keeps it; the others are embedded (up to a budget; identical texts once) and stored. Used by
/// rounds (bounded) and by the background refresher (unbounded, a few members at a time). Texts are never logged.
/// </summary>
public sealed class MemberMeanings(
    Func<EmbeddingModel> model,
    MeaningStore store,
    ProfileStore profiles,
    TimeProvider clock,
    ILogger<MemberMeanings> logger)
{
    // Members embedded per generator call and per write: progress is kept when a later chunk fails or is cancelled.
    private const int Chunk = 64;

    // Arctic-style models embed a question with a prefix; the others ignore this.
    private static readonly EmbeddingGenerationOptions Query = LocalSentenceEmbeddings.QueryOptions;

    private readonly Lazy<EmbeddingModel> _model = new(model);

    /// <summary>The provider's name (its row in the Meanings table).</summary>
    public string Provider => _model.Value.Provider;

    /// <summary>The model the vectors are (or will be) stored under.</summary>
    public string Model => _model.Value.Model;

    /// <summary>
    /// The meanings of <paramref name="members"/>: stored ones as they are, at most <paramref name="budget"/> missing or
    /// stale ones embedded now (in the members' order), the rest <see cref="MeaningsFound.Deferred"/>. A provider failure
    /// throws (what was embedded before it is kept).
    /// </summary>
    public async Task<MeaningsFound> ForAsync(string tenantId, IReadOnlyList<MatchProfile> members, int budget, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(members);
        var current = _model.Value;
        var wanted = members
            .DistinctBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => Wanted.Of(current.Model, m))
            .ToList();
        var meanings = new Dictionary<string, TextMeaning>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return new(current.Provider, current.Model, meanings, 0, 0, []);
        }

        var stored = await store.ReadAsync(tenantId, current.Provider, [.. wanted.Select(w => w.MemberId)], cancellationToken);
        var stale = new List<Wanted>();
        foreach (var member in wanted)
        {
            if (stored.TryGetValue(member.MemberId, out var row) && IsCurrent(row, member, current))
            {
                meanings[member.MemberId] = new TextMeaning(row.Ask, row.Offer, row.Goal) { Parts = row.Parts, Model = row.Model };
            }
            else
            {
                stale.Add(member);
            }
        }

        var reused = meanings.Count;
        var now = stale.Take(Math.Max(0, budget)).ToList();
        var deferred = stale.Skip(now.Count).Select(w => w.MemberId).ToList();
        var length = meanings.Values.Select(m => m.Ask.Length).FirstOrDefault();
        var embedded = 0;
        var seen = new Seen();
        foreach (var chunk in now.Chunk(Chunk))
        {
            var fresh = await EmbedAsync(current, chunk, length, seen, cancellationToken);
            if (fresh.Count > 0)
            {
                length = fresh.Values.First().Ask.Length;
            }

            deferred.AddRange(chunk.Where(w => !fresh.ContainsKey(w.MemberId)).Select(w => w.MemberId));
            await StoreAsync(tenantId, current, [.. chunk.Where(w => fresh.ContainsKey(w.MemberId))], fresh, cancellationToken);
            foreach (var (memberId, meaning) in fresh)
            {
                meanings[memberId] = meaning;
            }

            embedded += fresh.Count;
        }

        // One length per round: a model id reused for vectors of another length must not mix two scales.
        if (meanings.Values.Select(m => m.Ask.Length).Distinct().Count() > 1)
        {
            var kept = meanings.Values.GroupBy(m => m.Ask.Length).MaxBy(g => g.Count())!.Key;
            var dropped = meanings.Where(m => m.Value.Ask.Length != kept).Select(m => m.Key).ToList();
            logger.LogWarning("Model {Model} gave vectors of different lengths for tenant {TenantId}; {Dropped} members are matched on their words this time.", current.Model, tenantId, dropped.Count);
            foreach (var memberId in dropped)
            {
                meanings.Remove(memberId);
            }
        }

        return new(current.Provider, current.Model, meanings, reused, embedded, deferred);
    }

    /// <summary>
    /// The meanings of <paramref name="members"/> straight from the model, nothing read or stored (the command line and
    /// its vector cache use this): asks as queries, offers and goals as passages, each distinct text once. A member with
    /// no text at all gets none.
    /// </summary>
    public static Task<Dictionary<string, TextMeaning>> EmbedAsync(EmbeddingModel model, IReadOnlyList<MatchProfile> members, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(members);
        var wanted = members.DistinctBy(m => m.Id, StringComparer.Ordinal).Select(m => Wanted.Of(model.Model, m)).ToArray();
        return EmbedAsync(model, wanted, 0, new Seen(), cancellationToken);
    }

    /// <summary>One member's texts embedded now with this provider's model, nothing read or stored (an ask's need); null when they have no text.</summary>
    public async Task<TextMeaning?> EmbedNowAsync(MatchProfile member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var current = _model.Value;
        var fresh = await EmbedAsync(current, [Wanted.Of(current.Model, member)], 0, new Seen(), cancellationToken);
        return fresh.GetValueOrDefault(member.Id);
    }

    /// <summary>SHA-256 (lowercase hex) of the model, a line feed, then the ask, offer and goal texts separated by unit separators.</summary>
    public static string TextHash(string model, string askText, string offerText, string goalText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(model + "\n" + askText + "\u001f" + offerText + "\u001f" + goalText)));

    private static bool IsCurrent(StoredMeaning row, Wanted member, EmbeddingModel current) =>
        row.Model == current.Model && row.Parts == current.Parts && row.TextHash == member.Hash
        && row.Ask.Length > 0 && row.Ask.Length % row.Parts == 0 && row.Offer.Length == row.Ask.Length && row.Goal.Length == row.Ask.Length;

    /// <summary>
    /// The chunk's vectors: asks as queries, offers and goals as passages, each distinct text once in the whole call
    /// (<paramref name="seen"/>). An empty text gets a zero vector (no meaning) of the model's length; a member with no
    /// text at all (so no length) gets none.
    /// </summary>
    private static async Task<Dictionary<string, TextMeaning>> EmbedAsync(EmbeddingModel current, Wanted[] chunk, int knownLength, Seen seen, CancellationToken cancellationToken)
    {
        await GenerateAsync(current, chunk.Select(w => w.Ask), seen.Asks, Query, cancellationToken);
        await GenerateAsync(current, chunk.SelectMany(w => new[] { w.Offer, w.Goal }), seen.Passages, null, cancellationToken);

        var length = seen.Asks.Values.Concat(seen.Passages.Values).Select(v => v.Length).FirstOrDefault(knownLength);
        if (seen.Asks.Values.Concat(seen.Passages.Values).Any(v => v.Length != length) || length > EmbeddingsOptions.MaxDimensions || length % current.Parts != 0)
        {
            throw new EmbeddingsException($"Model {current.Model} gave vectors of unusable lengths (expected {length}, {current.Parts} segments).");
        }

        var fresh = new Dictionary<string, TextMeaning>(StringComparer.Ordinal);
        if (length == 0)
        {
            return fresh;
        }

        var zero = new float[length];
        float[] Of(Dictionary<string, float[]> vectors, string text) => (float[])(text.Length == 0 ? zero : vectors[text]).Clone();
        foreach (var member in chunk)
        {
            fresh[member.MemberId] = new TextMeaning(Of(seen.Asks, member.Ask), Of(seen.Passages, member.Offer), Of(seen.Passages, member.Goal))
            {
                Parts = current.Parts,
                Model = current.Model,
            };
        }

        return fresh;
    }

    /// <summary>Embeds those of <paramref name="texts"/> not in <paramref name="vectors"/> yet (empty ones never), and adds them.</summary>
    private static async Task GenerateAsync(EmbeddingModel current, IEnumerable<string> texts, Dictionary<string, float[]> vectors, EmbeddingGenerationOptions? options, CancellationToken cancellationToken)
    {
        var wanted = texts.Where(t => t.Length > 0 && !vectors.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        GeneratedEmbeddings<Embedding<float>> embeddings;
        using (Telemetry.EmbeddingTelemetry.Start(current.Provider, current.Model, wanted.Count))
        {
            embeddings = await current.Generator.GenerateAsync(wanted, options, cancellationToken);
        }

        if (embeddings.Count != wanted.Count)
        {
            throw new EmbeddingsException($"Model {current.Model} gave {embeddings.Count} vectors for {wanted.Count} texts.");
        }

        for (var i = 0; i < wanted.Count; i++)
        {
            vectors[wanted[i]] = Normalised(embeddings[i].Vector.ToArray(), current.Parts);
        }
    }

    /// <summary>The matcher compares segments by dot product: each is made unit length here, whichever provider made it.</summary>
    private static float[] Normalised(float[] vector, int parts)
    {
        if (vector.Length == 0 || vector.Length % parts != 0)
        {
            return vector;
        }

        var size = vector.Length / parts;
        for (var part = 0; part < parts; part++)
        {
            var segment = vector.AsSpan(part * size, size);
            var norm = TensorPrimitives.Norm(segment);
            if (norm > 0)
            {
                TensorPrimitives.Divide(segment, norm, segment);
            }
        }

        return vector;
    }

    private async Task StoreAsync(string tenantId, EmbeddingModel current, List<Wanted> embedded, Dictionary<string, TextMeaning> fresh, CancellationToken cancellationToken)
    {
        if (embedded.Count == 0)
        {
            return;
        }

        var at = clock.GetUtcNow();
        await store.WriteAsync(
            embedded.Select(w => new StoredMeaning(tenantId, w.MemberId, current.Provider, current.Model, current.Parts, w.Hash, fresh[w.MemberId].Ask, fresh[w.MemberId].Offer, fresh[w.MemberId].Goal, at)),
            cancellationToken);
        await EraseForgottenAsync(tenantId, embedded, cancellationToken);
    }

    /// <summary>
    /// Someone who said "forget me" while their texts were being embedded has no profile any more: the row just written
    /// would outlive their erasure, so it goes too. "Forget me" erases Profiles before Meanings (registration order), so
    /// either this sees the profile gone, or the erasure of Meanings comes after the write.
    /// </summary>
    private async Task EraseForgottenAsync(string tenantId, List<Wanted> written, CancellationToken cancellationToken)
    {
        var erased = 0;
        foreach (var member in written)
        {
            var key = new MemberKey(tenantId, member.MemberId, string.Empty, null);
            if (await profiles.GetAsync(key, cancellationToken) is null)
            {
                erased += await store.EraseAsync(key, cancellationToken);
            }
        }

        if (erased > 0)
        {
            logger.LogInformation("Erased {Count} sentence-vector rows of tenant {TenantId} whose members' data was erased while they were embedded.", erased, tenantId);
        }
    }

    /// <summary>The vectors of the texts embedded so far in one call, by kind (an ask and a passage of the same words differ).</summary>
    private sealed class Seen
    {
        public Dictionary<string, float[]> Asks { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, float[]> Passages { get; } = new(StringComparer.Ordinal);
    }

    private sealed record Wanted(string MemberId, string Ask, string Offer, string Goal, string Hash)
    {
        public static Wanted Of(string model, MatchProfile member)
        {
            var (ask, offer, goal) = (TextMeaning.AskText(member), TextMeaning.OfferText(member), TextMeaning.GoalText(member));
            return new(member.Id, ask, offer, goal, TextHash(model, ask, offer, goal));
        }
    }
}
