namespace ConnectorBot.Matching.Assignment;

/// <summary>
/// The true optimum on small instances, to measure the heuristic against: a DP over subsets for one intro per
/// member, and exhaustive search over edges for more.
/// </summary>
public static class ExactMatcher
{
    public static double MaxWeight(int memberCount, IReadOnlyList<Edge> edges, int perMember)
    {
        return perMember == 1 ? MatchingBySubsets(memberCount, edges) : Exhaustive(memberCount, edges, perMember);
    }

    private static double MatchingBySubsets(int n, IReadOnlyList<Edge> edges)
    {
        if (n > 22)
        {
            throw new ArgumentOutOfRangeException(nameof(n), "The exact solver is for small instances.");
        }

        var weight = new double[n, n];
        foreach (var e in edges)
        {
            weight[e.U, e.V] = weight[e.V, e.U] = Math.Max(weight[e.U, e.V], e.Weight);
        }

        // best[mask] = heaviest matching using only members in mask; the lowest member is either alone or paired.
        var best = new double[1 << n];
        for (var mask = 1; mask < best.Length; mask++)
        {
            var i = System.Numerics.BitOperations.TrailingZeroCount(mask);
            var rest = mask & ~(1 << i);
            var value = best[rest];
            for (var j = i + 1; j < n; j++)
            {
                if ((rest & (1 << j)) != 0 && weight[i, j] > 0)
                {
                    value = Math.Max(value, weight[i, j] + best[rest & ~(1 << j)]);
                }
            }

            best[mask] = value;
        }

        return best[^1];
    }

    private static double Exhaustive(int n, IReadOnlyList<Edge> edges, int perMember)
    {
        if (edges.Count > 40)
        {
            throw new ArgumentOutOfRangeException(nameof(edges), "The exact solver is for small instances.");
        }

        Edge[] sorted = [.. edges.OrderByDescending(e => e.Weight)];
        var suffix = new double[sorted.Length + 1];
        for (var i = sorted.Length - 1; i >= 0; i--)
        {
            suffix[i] = suffix[i + 1] + sorted[i].Weight;
        }

        var load = new int[n];
        double best = 0;
        Search(0, 0);
        return best;

        void Search(int index, double total)
        {
            if (total > best)
            {
                best = total;
            }

            if (index == sorted.Length || total + suffix[index] <= best)
            {
                return;
            }

            var e = sorted[index];
            if (load[e.U] < perMember && load[e.V] < perMember)
            {
                load[e.U]++;
                load[e.V]++;
                Search(index + 1, total + e.Weight);
                load[e.U]--;
                load[e.V]--;
            }

            Search(index + 1, total);
        }
    }
}
