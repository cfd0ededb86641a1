using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ConnectorBot.Matching.Meaning;

/// <summary>
/// The round's sentence embeddings, calibrated per member: how well b's offer answers a's ask is the cosine of the two,
/// measured against a's usual cosine with everyone's offers (the row) and b's usual cosine with everyone's asks (the
/// column), in standard deviations, averaged over the two ("rcz"). A vague ask that is a little close to everything, or
/// an offer that is a little close to every ask, no longer wins intros; a member whose best partner does not stand out
/// from their own background gets none. Each model's segment is calibrated on its own, then weighted.
/// </summary>
internal sealed class SentenceSpace
{
    private readonly int _members;
    private readonly int _parts;
    private readonly int _width;
    private readonly float[] _weights;
    private readonly bool[] _has;

    // Per member and segment: bytes with one scale each (a quarter of the memory; the bytes read are the time at 100k).
    private readonly sbyte[] _asks;
    private readonly sbyte[] _offers;
    private readonly float[] _askScales;
    private readonly float[] _offerScales;

    // Per member and segment: the row's (asks) and column's (offers) mean cosine and its spread.
    private readonly float[] _rowMean;
    private readonly float[] _rowSd;
    private readonly float[] _colMean;
    private readonly float[] _colSd;

    private SentenceSpace(int members, int parts, int width, float[] weights, bool[] has, sbyte[] asks, float[] askScales, sbyte[] offers, float[] offerScales)
    {
        _members = members;
        _parts = parts;
        _width = width;
        _weights = weights;
        _has = has;
        _asks = asks;
        _askScales = askScales;
        _offers = offers;
        _offerScales = offerScales;
        _rowMean = new float[members * parts];
        _rowSd = new float[members * parts];
        _colMean = new float[members * parts];
        _colSd = new float[members * parts];
    }

    /// <summary>Members with embeddings (the rest are scored on lexical evidence only).</summary>
    public int Embedded { get; private set; }

    /// <summary>Whether member <paramref name="m"/> has embeddings this round.</summary>
    public bool Has(int m) => _has[m];

    /// <summary>
    /// The round's space, or null when fewer than three members have embeddings of one model (nothing to calibrate
    /// against). Members whose vectors are missing, of another model or of another length are left out of it.
    /// </summary>
    public static SentenceSpace? Build(IReadOnlyList<MatchProfile> profiles)
    {
        // The model most members were embedded with; a few stragglers of an older model are treated as not embedded.
        string? model = profiles.Where(p => p.Meaning is not null).GroupBy(p => (p.Meaning!.Model, p.Meaning.Parts, p.Meaning.Ask.Length))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Model, StringComparer.Ordinal).Select(g => g.Key.Model + "\u001f" + g.Key.Parts + "\u001f" + g.Key.Length).FirstOrDefault();
        if (model is null)
        {
            return null;
        }

        TextMeaning sample = profiles.First(p => p.Meaning is not null && Key(p.Meaning) == model).Meaning!;
        int parts = Math.Max(1, sample.Parts);
        int length = sample.Ask.Length;
        if (length == 0 || length % parts != 0)
        {
            return null;
        }

        int n = profiles.Count;
        int width = length / parts;
        bool[] has = new bool[n];
        for (int p = 0; p < n; p++)
        {
            has[p] = profiles[p].Meaning is { } m && Key(m) == model && m.Offer.Length == length;
        }

        int embedded = has.Count(h => h);
        if (embedded < 3)
        {
            return null;
        }

        float[] weights = new float[parts];
        for (int s = 0; s < parts; s++)
        {
            weights[s] = s == 0 ? 1f : (float)MatchTuning.OtherModelsWeight;
        }

        sbyte[] asks = new sbyte[n * length];
        sbyte[] offers = new sbyte[n * length];
        float[] askScales = new float[n * parts];
        float[] offerScales = new float[n * parts];
        Parallel.For(0, n, p =>
        {
            if (!has[p])
            {
                return;
            }

            for (int s = 0; s < parts; s++)
            {
                askScales[(p * parts) + s] = Quantised.Write(profiles[p].Meaning!.Ask.AsSpan(s * width, width), asks.AsSpan((p * length) + (s * width), width));
                offerScales[(p * parts) + s] = Quantised.Write(profiles[p].Meaning!.Offer.AsSpan(s * width, width), offers.AsSpan((p * length) + (s * width), width));
            }
        });

        SentenceSpace space = new(n, parts, width, weights, has, asks, askScales, offers, offerScales) { Embedded = embedded };
        space.Calibrate();
        return space;
    }

    private static string Key(TextMeaning m) => m.Model + "\u001f" + Math.Max(1, m.Parts) + "\u001f" + m.Ask.Length;

    /// <summary>The raw cosine of a's ask and b's offer in one model's segment.</summary>
    public float Cosine(int a, int b, int segment)
    {
        int length = _parts * _width;
        ReadOnlySpan<sbyte> ask = _asks.AsSpan((a * length) + (segment * _width), _width);
        ReadOnlySpan<sbyte> offer = _offers.AsSpan((b * length) + (segment * _width), _width);
        return _askScales[(a * _parts) + segment] * _offerScales[(b * _parts) + segment] * Quantised.Dot(ask, offer);
    }

    /// <summary>How well b's offer answers a's ask, in standard deviations above both members' backgrounds (0 when either has no embeddings).</summary>
    public double Direction(int a, int b)
    {
        if (a == b || !_has[a] || !_has[b])
        {
            return 0;
        }

        double sum = 0;
        double weights = 0;
        for (int s = 0; s < _parts; s++)
        {
            float cos = Cosine(a, b, s);
            int ra = (a * _parts) + s;
            int cb = (b * _parts) + s;
            double row = (cos - _rowMean[ra]) / _rowSd[ra];
            double col = (cos - _colMean[cb]) / _colSd[cb];
            sum += _weights[s] * (row + col) / 2;
            weights += _weights[s];
        }

        return sum / weights;
    }

    /// <summary>Both directions: the stronger counts fully and the way back adds a share, so mutual help ranks highest.</summary>
    public double Pair(int a, int b)
    {
        double ab = Direction(a, b);
        double ba = Direction(b, a);
        return (Math.Max(ab, ba) + (MatchTuning.ReverseShare * Math.Min(ab, ba))) / (1 + MatchTuning.ReverseShare);
    }

    /// <summary>
    /// Each member's background as asker (row) and as giver (column): over every other embedded member in a small round,
    /// over a fixed, evenly spread sample of them in a large one (the mean and spread of a thousand cosines are as good
    /// as those of a hundred thousand).
    /// </summary>
    private void Calibrate()
    {
        int[] embedded = [.. Enumerable.Range(0, _members).Where(m => _has[m])];
        int sample = Math.Min(embedded.Length - 1, MatchTuning.BackgroundSample);
        Parallel.For(0, _members, m =>
        {
            if (!_has[m])
            {
                return;
            }

            // Evenly spaced partners from a member-specific start: deterministic, and not the same few for everyone.
            int start = (int)((uint)(m * 2654435761u) % (uint)embedded.Length);
            double step = (double)embedded.Length / (sample + 1);
            for (int s = 0; s < _parts; s++)
            {
                double rowSum = 0, rowSquares = 0, colSum = 0, colSquares = 0;
                int taken = 0;
                for (int k = 0; taken < sample && k <= sample; k++)
                {
                    int other = embedded[(start + (int)(k * step)) % embedded.Length];
                    if (other == m)
                    {
                        continue;
                    }

                    double row = Cosine(m, other, s);
                    double col = Cosine(other, m, s);
                    rowSum += row;
                    rowSquares += row * row;
                    colSum += col;
                    colSquares += col * col;
                    taken++;
                }

                int at = (m * _parts) + s;
                (_rowMean[at], _rowSd[at]) = Moments(rowSum, rowSquares, taken);
                (_colMean[at], _colSd[at]) = Moments(colSum, colSquares, taken);
            }
        });
    }

    // A floor on the spread: a member whose cosines barely vary would otherwise turn noise into huge z-scores.
    private static (float Mean, float Sd) Moments(double sum, double squares, int count)
    {
        if (count == 0)
        {
            return (0, 1);
        }

        double mean = sum / count;
        double variance = Math.Max(0, (squares / count) - (mean * mean));
        return ((float)mean, (float)Math.Max(Math.Sqrt(variance), MatchTuning.MinimumSpread));
    }

    /// <summary>The raw first-segment vectors, for the candidate search: asks (queries) or offers (the searched).</summary>
    internal (sbyte[] Values, float[] Scales, int Stride, int Width, int Parts) Segment0(bool asks) =>
        (asks ? _asks : _offers, asks ? _askScales : _offerScales, _parts * _width, _width, _parts);
}

/// <summary>Vectors kept as signed bytes with one scale each, and their exact integer dot product.</summary>
internal static class Quantised
{
    /// <summary>Writes <paramref name="v"/> (normalised first) as bytes scaled to its largest component; returns the scale (0 for a zero vector).</summary>
    public static float Write(ReadOnlySpan<float> v, Span<sbyte> into)
    {
        float norm = System.Numerics.Tensors.TensorPrimitives.Norm(v);
        float largest = System.Numerics.Tensors.TensorPrimitives.MaxMagnitude(v);
        if (norm == 0 || largest == 0)
        {
            into.Clear();
            return 0;
        }

        float scale = largest / 127;
        for (int k = 0; k < v.Length; k++)
        {
            into[k] = (sbyte)Math.Round(v[k] / scale);
        }

        return scale / norm;
    }

    /// <summary>An exact integer dot product of two byte vectors (values in −127…127), many lanes at a time where the CPU has them.</summary>
    public static int Dot(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y)
    {
        int k = 0;
        int total = 0;
        if (Avx2.IsSupported && x.Length >= Vector256<sbyte>.Count)
        {
            // |x| as unsigned bytes times y with x's sign: products of at most 127·127, so the pairwise sums never saturate.
            ref sbyte xs = ref MemoryMarshal.GetReference(x);
            ref sbyte ys = ref MemoryMarshal.GetReference(y);
            Vector256<int> sum = Vector256<int>.Zero;
            Vector256<short> ones = Vector256.Create((short)1);
            for (; k <= x.Length - Vector256<sbyte>.Count; k += Vector256<sbyte>.Count)
            {
                Vector256<sbyte> a = Vector256.LoadUnsafe(ref xs, (nuint)k);
                Vector256<sbyte> b = Vector256.LoadUnsafe(ref ys, (nuint)k);
                Vector256<byte> magnitude = Avx2.Abs(a);
                Vector256<sbyte> signed = Avx2.Sign(b, a);
                sum = AvxVnni.IsSupported
                    ? AvxVnni.MultiplyWideningAndAdd(sum, magnitude, signed)
                    : Avx2.Add(sum, Avx2.MultiplyAddAdjacent(Avx2.MultiplyAddAdjacent(magnitude, signed), ones));
            }

            total = Vector256.Sum(sum);
        }
        else
        {
            int width = Vector<sbyte>.Count;
            Vector<int> sum = Vector<int>.Zero;
            for (; k <= x.Length - width; k += width)
            {
                Vector.Widen(new Vector<sbyte>(x[k..]), out Vector<short> xLow, out Vector<short> xHigh);
                Vector.Widen(new Vector<sbyte>(y[k..]), out Vector<short> yLow, out Vector<short> yHigh);
                Vector.Widen(xLow * yLow, out Vector<int> a, out Vector<int> b);
                Vector.Widen(xHigh * yHigh, out Vector<int> c, out Vector<int> d);
                sum += a + b + c + d;
            }

            total = Vector.Sum(sum);
        }

        for (; k < x.Length; k++)
        {
            total += x[k] * y[k];
        }

        return total;
    }
}