using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ConnectorBot.Matching.Meaning;

/// <summary>
/// The round's sentence embeddings, calibrated per member: how well b's offer answers a's ask is the cosine of the two,
/// measured against a's usual cosine with everyone's offers (the row) and b's usual cosine with everyone's asks (the
/// column), in standard deviations, averaged over the two ("rcz"), each background leaving out the pair being scored (so
/// in a team of five a true match is not its own background). A vague ask that is a little close to everything, or
/// an offer that is a little close to every ask, no longer wins intros; a member whose best partner does not stand out
/// from their own background gets none. Each model's segment is calibrated on its own, then weighted.
/// </summary>
public sealed class SentenceSpace
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

    // Per member and segment: the sum and sum of squares of the row's (asks) and column's (offers) background cosines.
    private readonly Background[] _rows;
    private readonly Background[] _cols;

    // Who the backgrounds were taken over (everyone in a small round), and the smallest spread per segment.
    private bool[] _inReference = [];
    private double[] _spreadFloor = [];

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
        _rows = new Background[members * parts];
        _cols = new Background[members * parts];
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
        var model = profiles.Where(p => p.Meaning is not null).GroupBy(p => (p.Meaning!.Model, p.Meaning.Parts, p.Meaning.Ask.Length))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Model, StringComparer.Ordinal).Select(g => g.Key.Model + "\u001f" + g.Key.Parts + "\u001f" + g.Key.Length).FirstOrDefault();
        if (model is null)
        {
            return null;
        }

        var sample = profiles.First(p => p.Meaning is not null && Key(p.Meaning) == model).Meaning!;
        var parts = Math.Max(1, sample.Parts);
        var length = sample.Ask.Length;
        if (length == 0 || length % parts != 0)
        {
            return null;
        }

        var n = profiles.Count;
        var width = length / parts;
        var has = new bool[n];
        for (var p = 0; p < n; p++)
        {
            has[p] = profiles[p].Meaning is { } m && Key(m) == model && m.Offer.Length == length;
        }

        var embedded = has.Count(h => h);
        if (embedded < 3)
        {
            return null;
        }

        var weights = new float[parts];
        for (var s = 0; s < parts; s++)
        {
            weights[s] = s == 0 ? 1f : (float)MatchTuning.OtherModelsWeight;
        }

        var asks = new sbyte[n * length];
        var offers = new sbyte[n * length];
        var askScales = new float[n * parts];
        var offerScales = new float[n * parts];
        Parallel.For(0, n, p =>
        {
            if (!has[p])
            {
                return;
            }

            for (var s = 0; s < parts; s++)
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
        var length = _parts * _width;
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
        for (var s = 0; s < _parts; s++)
        {
            var cos = Cosine(a, b, s);
            var row = _rows[(a * _parts) + s].Z(cos, _inReference[b], _spreadFloor[s]);
            var col = _cols[(b * _parts) + s].Z(cos, _inReference[a], _spreadFloor[s]);
            sum += _weights[s] * (row + col) / 2;
            weights += _weights[s];
        }

        return sum / weights;
    }

    /// <summary>Both directions: the stronger counts fully and the way back adds a share, so mutual help ranks highest.</summary>
    public double Pair(int a, int b)
    {
        var ab = Direction(a, b);
        var ba = Direction(b, a);
        return (Math.Max(ab, ba) + (MatchTuning.ReverseShare * Math.Min(ab, ba))) / (1 + MatchTuning.ReverseShare);
    }

    /// <summary>
    /// Each member's background as asker (row) and as giver (column): over every other embedded member in a small round;
    /// in a large one over one fixed, evenly spread reference sample shared by all members (the mean and spread of a
    /// hundred-odd cosines are as good as those of a hundred thousand, and one shared sample stays in the CPU's cache).
    /// </summary>
    private void Calibrate()
    {
        int[] embedded = [.. Enumerable.Range(0, _members).Where(m => _has[m])];
        var reference = embedded.Length <= MatchTuning.BackgroundSample + 1
            ? embedded
            : [.. Enumerable.Range(0, MatchTuning.BackgroundSample + 1).Select(i => embedded[(int)((long)i * embedded.Length / (MatchTuning.BackgroundSample + 1))])];
        _inReference = new bool[_members];
        foreach (var m in reference)
        {
            _inReference[m] = true;
        }

        Parallel.For(0, _members, m =>
        {
            if (!_has[m])
            {
                return;
            }

            for (var s = 0; s < _parts; s++)
            {
                Background row = default;
                Background col = default;
                foreach (var other in reference)
                {
                    if (other != m)
                    {
                        row = row.With(Cosine(m, other, s));
                        col = col.With(Cosine(other, m, s));
                    }
                }

                _rows[(m * _parts) + s] = row;
                _cols[(m * _parts) + s] = col;
            }
        });

        // Half the typical spread: a background of a few near-identical cosines would otherwise turn noise into large scores.
        _spreadFloor = new double[_parts];
        for (var s = 0; s < _parts; s++)
        {
            double variance = 0;
            var counted = 0;
            foreach (var m in embedded)
            {
                variance += _rows[(m * _parts) + s].Variance(null) + _cols[(m * _parts) + s].Variance(null);
                counted += 2;
            }

            _spreadFloor[s] = Math.Max(MatchTuning.MinimumSpread, 0.5 * Math.Sqrt(variance / Math.Max(1, counted)));
        }
    }

    /// <summary>A member's background cosines as running sums, so the pair being scored can be left out exactly.</summary>
    private readonly record struct Background(double Sum, double Squares, int Count)
    {
        public Background With(double cosine) => new(Sum + cosine, Squares + (cosine * cosine), Count + 1);

        /// <summary>The variance, leaving out <paramref name="without"/> when given.</summary>
        public double Variance(double? without)
        {
            (var sum, var squares, var count) = without is { } x ? (Sum - x, Squares - (x * x), Count - 1) : (Sum, Squares, Count);
            if (count < 1)
            {
                return 0;
            }

            var mean = sum / count;
            return Math.Max(0, (squares / count) - (mean * mean));
        }

        /// <summary>How many spreads <paramref name="cosine"/> stands above this background (without itself when it is part of it).</summary>
        public double Z(double cosine, bool counted, double floor)
        {
            var count = counted ? Count - 1 : Count;
            if (count < 1)
            {
                return 0;
            }

            var mean = (counted ? Sum - cosine : Sum) / count;
            return (cosine - mean) / Math.Max(Math.Sqrt(Variance(counted ? cosine : null)), floor);
        }
    }

    /// <summary>The mean and spread of a member's background as giver (column) or asker (row) in one segment.</summary>
    internal (float Mean, float Spread) Backdrop(int m, int segment, bool asGiver)
    {
        var b = (asGiver ? _cols : _rows)[(m * _parts) + segment];
        return b.Count == 0 ? (0, 1) : ((float)(b.Sum / b.Count), (float)Math.Max(Math.Sqrt(b.Variance(null)), _spreadFloor[segment]));
    }

    /// <summary>The raw first-segment vectors, for the candidate search: asks (queries) or offers (the searched).</summary>
    internal (sbyte[] Values, float[] Scales, int Stride, int Width, int Parts) Segment0(bool asks) =>
        (asks ? _asks : _offers, asks ? _askScales : _offerScales, _parts * _width, _width, _parts);
}

/// <summary>Vectors kept as signed bytes with one scale each, and their exact integer dot product.</summary>
public static class Quantised
{
    /// <summary>Writes <paramref name="v"/> (normalised first) as bytes scaled to its largest component; returns the scale (0 for a zero vector).</summary>
    public static float Write(ReadOnlySpan<float> v, Span<sbyte> into)
    {
        var norm = System.Numerics.Tensors.TensorPrimitives.Norm(v);
        var largest = System.Numerics.Tensors.TensorPrimitives.MaxMagnitude(v);
        if (norm == 0 || largest == 0)
        {
            into.Clear();
            return 0;
        }

        var scale = largest / 127;
        for (var k = 0; k < v.Length; k++)
        {
            into[k] = (sbyte)Math.Round(v[k] / scale);
        }

        return scale / norm;
    }

    /// <summary>An exact integer dot product of two byte vectors (values in −127…127), many lanes at a time where the CPU has them.</summary>
    public static int Dot(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y)
    {
        var k = 0;
        var total = 0;
        if (Avx2.IsSupported && x.Length >= Vector256<sbyte>.Count)
        {
            // |x| as unsigned bytes times y with x's sign: products of at most 127·127, so the pairwise sums never saturate.
            ref var xs = ref MemoryMarshal.GetReference(x);
            ref var ys = ref MemoryMarshal.GetReference(y);
            var sum = Vector256<int>.Zero;
            var ones = Vector256.Create((short)1);
            for (; k <= x.Length - Vector256<sbyte>.Count; k += Vector256<sbyte>.Count)
            {
                var a = Vector256.LoadUnsafe(ref xs, (nuint)k);
                var b = Vector256.LoadUnsafe(ref ys, (nuint)k);
                var magnitude = Avx2.Abs(a);
                var signed = Avx2.Sign(b, a);
                sum = AvxVnni.IsSupported
                    ? AvxVnni.MultiplyWideningAndAdd(sum, magnitude, signed)
                    : Avx2.Add(sum, Avx2.MultiplyAddAdjacent(Avx2.MultiplyAddAdjacent(magnitude, signed), ones));
            }

            total = Vector256.Sum(sum);
        }
        else
        {
            var width = Vector<sbyte>.Count;
            var sum = Vector<int>.Zero;
            for (; k <= x.Length - width; k += width)
            {
                Vector.Widen(new Vector<sbyte>(x[k..]), out var xLow, out var xHigh);
                Vector.Widen(new Vector<sbyte>(y[k..]), out var yLow, out var yHigh);
                Vector.Widen(xLow * yLow, out var a, out var b);
                Vector.Widen(xHigh * yHigh, out var c, out var d);
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
