using System.Buffers.Binary;
using System.Text;

namespace ConnectorBot.Matching.Meaning;

/// <summary>
/// English word vectors (GloVe 6B, 100 dimensions, the 150k most frequent plain words; see scripts/word-vectors.mjs
/// for the source and licence), stored as signed bytes with a scale per word. Words that are used alike get vectors
/// that point alike, which lets "socket" meet "mains power" where no lexicon lists them together.
/// </summary>
public sealed class WordVectors
{
    public const int Dimensions = 100;

    private const string Resource = "ConnectorBot.Matching.Meaning.word-vectors.bin";

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly sbyte[] _values;
    private readonly float[] _scales;
    private readonly int[] _ranks;
    private readonly float[] _common;

    private WordVectors(Dictionary<string, int> index, sbyte[] values, float[] scales, int[] ranks)
    {
        _common = new float[Dimensions];
        _bySpan = index.GetAlternateLookup<ReadOnlySpan<char>>();
        _values = values;
        _scales = scales;
        _ranks = ranks;

        // Every word weighted by how often it occurs (Zipf: one over its rank) times how much it says (Weight): the
        // direction an average weighted text points in, whatever it is about.
        for (var id = 0; id < Count; id++)
        {
            AddTo(_common, id, 1 / (_ranks[id] + FrequentWordRank));
        }

        var norm = MathF.Sqrt(_common.Sum(x => x * x));
        for (var k = 0; k < Dimensions; k++)
        {
            _common[k] /= norm;
        }
    }

    public static WordVectors Default => Lazy.Value;

    public int Count => _scales.Length;

    /// <summary>The unit direction that all weighted English text shares, to be taken away before comparing texts.</summary>
    public ReadOnlySpan<float> Common => _common;

    private static Lazy<WordVectors> Lazy { get; } = new(Load);

    public bool TryFind(ReadOnlySpan<char> word, out int id) => _bySpan.TryGetValue(word, out id);

    /// <summary>
    /// How much a word says about a text: frequent words ("work", "help") little, rare ones nearly fully. The smooth
    /// inverse frequency of the word's rank in the source, so it does not depend on the size of the round.
    /// </summary>
    public float Weight(int id) => _ranks[id] / (_ranks[id] + FrequentWordRank);

    /// <summary>Adds <paramref name="weight"/> times the word's unit vector into <paramref name="sum"/>.</summary>
    public void AddTo(Span<float> sum, int id, float weight)
    {
        ReadOnlySpan<sbyte> values = _values.AsSpan(id * Dimensions, Dimensions);
        var factor = weight * _scales[id];
        for (var k = 0; k < Dimensions; k++)
        {
            sum[k] += factor * values[k];
        }
    }

    /// <summary>The cosine of two words' vectors, in [-1, 1].</summary>
    public float Cosine(int a, int b)
    {
        ReadOnlySpan<sbyte> x = _values.AsSpan(a * Dimensions, Dimensions);
        ReadOnlySpan<sbyte> y = _values.AsSpan(b * Dimensions, Dimensions);
        var dot = 0;
        var xx = 0;
        var yy = 0;
        for (var k = 0; k < Dimensions; k++)
        {
            dot += x[k] * y[k];
            xx += x[k] * x[k];
            yy += y[k] * y[k];
        }

        return xx == 0 || yy == 0 ? 0 : (float)(dot / Math.Sqrt((double)xx * yy));
    }

    /// <summary>Scale of the rank weighting: words among the top hundred or so count for about half.</summary>
    private const float FrequentWordRank = 100;

    private static WordVectors Load()
    {
        using var stream = typeof(WordVectors).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The word vector resource {Resource} is missing from the build.");
        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        ReadOnlySpan<byte> span = data;
        if (!span[..4].SequenceEqual("CBWV"u8) || BinaryPrimitives.ReadInt32LittleEndian(span[4..]) != 1 || BinaryPrimitives.ReadInt32LittleEndian(span[12..]) != Dimensions)
        {
            throw new InvalidOperationException($"The word vector resource {Resource} is not in the expected format.");
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(span[8..]);
        Dictionary<string, int> index = new(count, StringComparer.Ordinal);
        var values = new sbyte[count * Dimensions];
        var scales = new float[count];
        var ranks = new int[count];
        var at = 16;
        for (var id = 0; id < count; id++)
        {
            int length = span[at++];
            index[Encoding.ASCII.GetString(span.Slice(at, length))] = id;
            at += length;
            ranks[id] = BinaryPrimitives.ReadInt32LittleEndian(span[at..]);
            scales[id] = BinaryPrimitives.ReadSingleLittleEndian(span[(at + 4)..]);
            at += 8;
            System.Runtime.InteropServices.MemoryMarshal.Cast<byte, sbyte>(span.Slice(at, Dimensions)).CopyTo(values.AsSpan(id * Dimensions));
            at += Dimensions;
        }

        return new WordVectors(index, values, scales, ranks);
    }
}
