namespace ConnectorBot.Matching.Scoring;

/// <summary>A unit-length sparse vector over feature ids, ids ascending, so a dot product is one merge.</summary>
internal sealed class SparseVector(int[] ids, float[] weights)
{
    public static SparseVector Empty { get; } = new([], []);

    public int[] Ids { get; } = ids;

    public float[] Weights { get; } = weights;

    public static SparseVector FromDictionary(Dictionary<int, float> values)
    {
        int[] ids = [.. values.Keys.Order()];
        float[] weights = new float[ids.Length];
        double norm = 0;
        for (int i = 0; i < ids.Length; i++)
        {
            weights[i] = values[ids[i]];
            norm += weights[i] * weights[i];
        }

        if (norm > 0)
        {
            float inverse = (float)(1 / Math.Sqrt(norm));
            for (int i = 0; i < weights.Length; i++)
            {
                weights[i] *= inverse;
            }
        }

        return new SparseVector(ids, weights);
    }

    public double Dot(SparseVector other)
    {
        int i = 0;
        int j = 0;
        double sum = 0;
        while (i < Ids.Length && j < other.Ids.Length)
        {
            int a = Ids[i];
            int b = other.Ids[j];
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
