namespace ConnectorBot.Matching.Scoring;

/// <summary>A sparse vector over feature ids, ids ascending, so a dot product is one merge.</summary>
public sealed class SparseVector(int[] ids, float[] weights)
{
    public static SparseVector Empty { get; } = new([], []);

    public int[] Ids { get; } = ids;

    public float[] Weights { get; } = weights;

    public static SparseVector FromDictionary(Dictionary<int, float> values, bool normalise = true)
    {
        int[] ids = [.. values.Keys.Order()];
        var weights = new float[ids.Length];
        double norm = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            weights[i] = values[ids[i]];
            norm += weights[i] * weights[i];
        }

        if (normalise && norm > 0)
        {
            var inverse = (float)(1 / Math.Sqrt(norm));
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] *= inverse;
            }
        }

        return new SparseVector(ids, weights);
    }

    /// <summary>
    /// Noisy-OR of the per-feature products: each shared feature is independent evidence that one can help the other,
    /// so one strong match counts fully and long profiles are not diluted the way a cosine would dilute them.
    /// </summary>
    public double NoisyOr(SparseVector other) => NoisyOr(other, null, out _);

    /// <summary>The same, also saying whether any shared feature is marked in <paramref name="marked"/> (a concept).</summary>
    public double NoisyOr(SparseVector other, bool[]? marked, out bool anyMarked) => NoisyOr(other, marked, out anyMarked, out _);

    /// <summary>The same, also counting the shared features: each is one piece of evidence.</summary>
    public double NoisyOr(SparseVector other, bool[]? marked, out bool anyMarked, out int shared)
    {
        var i = 0;
        var j = 0;
        double miss = 1;
        shared = 0;
        anyMarked = false;
        while (i < Ids.Length && j < other.Ids.Length)
        {
            var a = Ids[i];
            var b = other.Ids[j];
            if (a == b)
            {
                anyMarked |= marked is not null && marked[a];
                shared++;
                miss *= 1 - Math.Min(0.95, Weights[i++] * other.Weights[j++]);
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return 1 - miss;
    }

    public double Dot(SparseVector other)
    {
        var i = 0;
        var j = 0;
        double sum = 0;
        while (i < Ids.Length && j < other.Ids.Length)
        {
            var a = Ids[i];
            var b = other.Ids[j];
            if (a == b)
            {
                sum += Weights[i++] * other.Weights[j++];
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}
