using ConnectorBot.Matching.Scoring;
using ConnectorBot.Matching.Text;

namespace ConnectorBot.Matching.Meaning;

/// <summary>
/// What each member asks for and what they can give, as one direction in word-vector space each: the weighted mean of
/// their words' vectors, minus the component all text shares, so that what is particular to each member remains. Two
/// members whose ask and offer point the same way are talking about the same thing, whatever words they chose.
/// </summary>
public sealed class MeaningVectors
{
    // Which fields say what a member asks for and what they can give, and how much: the same roles as the lexical scoring.
    private const float NeedConnectWith = 1.0f;
    private const float NeedAccomplish = 0.4f;
    private const float GiveOffer = 1.0f;
    private const float GiveTitle = 0.8f;
    private const float GiveAccomplish = 0.4f;

    // Kept as signed bytes with a scale per vector: a quarter of the memory, and at 100k members the pair scoring reads
    // millions of partners' vectors at random, so the bytes fetched are what the time goes on.
    private readonly int _dimensions;
    private readonly sbyte[] _needs;
    private readonly sbyte[] _gives;
    private readonly float[] _needScales;
    private readonly float[] _giveScales;

    private MeaningVectors(int dimensions, sbyte[] needs, float[] needScales, sbyte[] gives, float[] giveScales)
    {
        _dimensions = dimensions;
        _needs = needs;
        _needScales = needScales;
        _gives = gives;
        _giveScales = giveScales;
    }

    /// <summary>
    /// Starts the round's word-vector meanings, fed each member's words (<see cref="Builder.Add"/>) as the features are
    /// extracted, so the text is read once. Sentence embeddings are scored apart (SentenceSpace).
    /// </summary>
    public static Builder Start(IReadOnlyList<MatchProfile> profiles, WordVectors vectors) => new(profiles, vectors);

    /// <summary>How close what <paramref name="giver"/> offers is to what <paramref name="asker"/> asks for, in [0, 1].</summary>
    public double Direction(int asker, int giver) =>
        Math.Max(0, _needScales[asker] * _giveScales[giver] * Quantised.Dot(_needs.AsSpan(asker * _dimensions, _dimensions), _gives.AsSpan(giver * _dimensions, _dimensions)));

    private static void Add(Span<float> sum, List<Token>? tokens, float fieldWeight, WordVectors vectors)
    {
        foreach (var token in tokens ?? [])
        {
            if (token.Folded.Length >= 2 && !StopWords.Contains(token.Folded) && vectors.TryFind(token.Folded, out var id))
            {
                vectors.AddTo(sum, id, fieldWeight * vectors.Weight(id));
            }
        }
    }

    /// <summary>
    /// Takes away what every member's text has in common and normalises again; a member with no known word stays at zero.
    /// With <paramref name="common"/> (English's own direction, see WordVectors.Common) only the size of that shared part
    /// comes from the round; when it is empty, the round's mean is taken whole.
    /// </summary>
    private static void Centre(sbyte[] values, float[] scales, int dimensions, ReadOnlySpan<float> common)
    {
        var n = scales.Length;
        if (n == 0)
        {
            return;
        }

        // Summed in member order, so the mean, and everything after it, is the same on every run.
        var sum = new double[dimensions];
        for (var p = 0; p < n; p++)
        {
            for (var k = 0; k < dimensions; k++)
            {
                sum[k] += scales[p] * values[(p * dimensions) + k];
            }
        }

        // A round's own mean would do for hundreds of members, but in a team of ten it is mostly those ten people, and
        // subtracting it would take away the very thing two of them have in common: hence a fixed direction when known.
        var size = Math.Sqrt(sum.Sum(x => x * x)) / n;
        var mean = new float[dimensions];
        for (var k = 0; k < dimensions; k++)
        {
            mean[k] = common.IsEmpty ? (float)(sum[k] / n) : (float)(common[k] * size);
        }

        Parallel.For(0, n, p =>
        {
            if (scales[p] == 0)
            {
                return;
            }

            var v = dimensions <= 512 ? stackalloc float[dimensions] : new float[dimensions];
            var stored = values.AsSpan(p * dimensions, dimensions);
            for (var k = 0; k < dimensions; k++)
            {
                v[k] = (scales[p] * stored[k]) - mean[k];
            }

            scales[p] = Quantised.Write(v, stored);
        });
    }

    /// <summary>The round's meaning vectors in the making; <see cref="Add"/> may be called from several threads, one member each.</summary>
    public sealed class Builder
    {
        private const int D = WordVectors.Dimensions;

        private readonly WordVectors _vectors;
        private readonly sbyte[] _needs;
        private readonly sbyte[] _gives;
        private readonly float[] _needScales;
        private readonly float[] _giveScales;

        public Builder(IReadOnlyList<MatchProfile> profiles, WordVectors vectors)
        {
            _vectors = vectors;

            // Straight into bytes: a float copy of every member's vectors would be 80 MB at 100k members, and
            // allocating that much at once makes the collector walk the whole heap.
            _needs = new sbyte[profiles.Count * D];
            _gives = new sbyte[profiles.Count * D];
            _needScales = new float[profiles.Count];
            _giveScales = new float[profiles.Count];
        }

        /// <summary>Member <paramref name="p"/>'s words, by field, as the tokenizer read them (nothing to do with embeddings).</summary>
        public void Add(int p, IReadOnlyDictionary<ProfileField, List<Token>> words)
        {
            Span<float> need = stackalloc float[D];
            Span<float> give = stackalloc float[D];
            MeaningVectors.Add(need, words.GetValueOrDefault(ProfileField.ConnectWith), NeedConnectWith, _vectors);
            MeaningVectors.Add(need, words.GetValueOrDefault(ProfileField.Accomplish), NeedAccomplish, _vectors);
            MeaningVectors.Add(give, words.GetValueOrDefault(ProfileField.Offer), GiveOffer, _vectors);
            MeaningVectors.Add(give, words.GetValueOrDefault(ProfileField.Title), GiveTitle, _vectors);
            MeaningVectors.Add(give, words.GetValueOrDefault(ProfileField.Accomplish), GiveAccomplish, _vectors);
            _needScales[p] = Quantised.Write(need, _needs.AsSpan(p * D, D));
            _giveScales[p] = Quantised.Write(give, _gives.AsSpan(p * D, D));
        }

        /// <summary>Every member added: the vectors, centred.</summary>
        public MeaningVectors Build()
        {
            Centre(_needs, _needScales, D, _vectors.Common);
            Centre(_gives, _giveScales, D, _vectors.Common);
            return new MeaningVectors(D, _needs, _needScales, _gives, _giveScales);
        }
    }
}
