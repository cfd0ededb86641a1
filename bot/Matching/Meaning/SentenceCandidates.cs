namespace ConnectorBot.Matching.Meaning;

/// <summary>
/// For each embedded member, the partners whose offers answer their ask best (calibrated), found without scoring all
/// n² pairs: every pair in a small round; in a large one, an inverted-file search (offers grouped around k-means centres
/// of the first model's vectors, each ask scanning only the groups nearest to it) ranked by that model's calibrated score.
/// </summary>
public static class SentenceCandidates
{
    /// <summary>Up to this many embedded members, every pair is scored exactly.</summary>
    internal const int ExactLimit = 2048;

    private const int Probes = 6;

    /// <summary>At most this many offers are read per ask, nearest groups first; a very large group is read from a member-specific offset.</summary>
    private const int ScanCap = 768;
    private const int KMeansRounds = 3;
    private const int KMeansSample = 16384;

    /// <summary>For each member, up to <paramref name="count"/> partners best first (empty for members without embeddings).</summary>
    public static int[][] Find(SentenceSpace space, int members, int count)
    {
        int[] embedded = [.. Enumerable.Range(0, members).Where(space.Has)];
        var found = new int[members][];
        for (var m = 0; m < members; m++)
        {
            found[m] = [];
        }

        if (embedded.Length <= ExactLimit)
        {
            Parallel.ForEach(embedded, a => found[a] = Best(space, a, embedded, count));
            return found;
        }

        var clusters = Clusters.Build(space, embedded);
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, embedded.Length, 256), range =>
        {
            var query = new float[clusters.Width];
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var a = embedded[i];
                // Ranked on the first model alone: the candidate graph scores each of them fully anyway, and a second
                // pass over both models here would read every partner's vectors from memory twice.
                found[a] = clusters.Closest(space, a, query, count);
            }
        });
        return found;
    }

    /// <summary>The <paramref name="count"/> of <paramref name="partners"/> whose offers answer a's ask best (calibrated), best first.</summary>
    private static int[] Best(SentenceSpace space, int a, int[] partners, int count)
    {
        TopList top = new(count);
        foreach (var b in partners)
        {
            if (b != a)
            {
                top.Offer(b, space.Direction(a, b));
            }
        }

        return top.Members();
    }

    /// <summary>A small best-first list: after the first few entries most candidates fall below the last place at one comparison.</summary>
    private sealed class TopList(int capacity)
    {
        private readonly int[] _members = new int[Math.Max(1, capacity)];
        private readonly double[] _scores = new double[Math.Max(1, capacity)];
        private int _count;

        public void Offer(int member, double score)
        {
            if (_count == _members.Length && score <= _scores[_count - 1])
            {
                return;
            }

            var at = Math.Min(_count, _members.Length - 1);
            while (at > 0 && score > _scores[at - 1])
            {
                _members[at] = _members[at - 1];
                _scores[at] = _scores[at - 1];
                at--;
            }

            _members[at] = member;
            _scores[at] = score;
            _count = Math.Min(_count + 1, _members.Length);
        }

        public int[] Members() => _members[.._count];
    }

    /// <summary>Offers grouped around k-means centres of the first model's offer vectors.</summary>
    private sealed class Clusters
    {
        private readonly float[] _centres;
        private readonly int[][] _groups;

        // The first model's offer bytes again, group by group and in group order, so a scan reads memory in one sweep.
        private readonly sbyte[] _packed;
        private readonly float[] _packedScales;
        private readonly int[] _groupStart;

        // Each packed offer's background as giver in the first model: mean cosine and 1 / spread.
        private readonly float[] _packedMean;
        private readonly float[] _packedInverseSpread;

        private Clusters(int width, float[] centres, int[][] groups, sbyte[] packed, float[] packedScales, int[] groupStart, float[] packedMean, float[] packedInverseSpread)
        {
            _packedMean = packedMean;
            _packedInverseSpread = packedInverseSpread;
            Width = width;
            _centres = centres;
            _groups = groups;
            _packed = packed;
            _packedScales = packedScales;
            _groupStart = groupStart;
        }

        public int Width { get; }

        private int Count => _groups.Length;

        public static Clusters Build(SentenceSpace space, int[] embedded)
        {
            (var values, var scales, var stride, var width, var parts) = space.Segment0(asks: false);
            var k = Math.Clamp((int)Math.Sqrt(embedded.Length) / 2, 16, 512);
            var centres = new float[k * width];
            for (var c = 0; c < k; c++)
            {
                Load(values, scales, stride, parts, embedded[(int)((long)c * embedded.Length / k)], centres.AsSpan(c * width, width));
            }

            // A few rounds of k-means on an evenly spread sample: the groups only need to be roughly right, the probes absorb the rest.
            var sample = embedded.Length <= KMeansSample ? embedded : [.. Enumerable.Range(0, KMeansSample).Select(i => embedded[(int)((long)i * embedded.Length / KMeansSample)])];
            for (var round = 0; round < KMeansRounds; round++)
            {
                var nearest = Assign(values, scales, stride, width, parts, centres, k, sample);
                var sums = new float[k * width];
                var sizes = new int[k];
                var v = new float[width];
                for (var i = 0; i < sample.Length; i++)
                {
                    Load(values, scales, stride, parts, sample[i], v);
                    System.Numerics.Tensors.TensorPrimitives.Add(sums.AsSpan(nearest[i] * width, width), v, sums.AsSpan(nearest[i] * width, width));
                    sizes[nearest[i]]++;
                }

                for (var c = 0; c < k; c++)
                {
                    var sum = sums.AsSpan(c * width, width);
                    var norm = System.Numerics.Tensors.TensorPrimitives.Norm(sum);
                    if (sizes[c] > 0 && norm > 0)
                    {
                        System.Numerics.Tensors.TensorPrimitives.Divide(sum, norm, centres.AsSpan(c * width, width));
                    }
                }
            }

            var all = Assign(values, scales, stride, width, parts, centres, k, embedded);
            List<int>[] groups = [.. Enumerable.Range(0, k).Select(_ => new List<int>())];
            for (var i = 0; i < embedded.Length; i++)
            {
                groups[all[i]].Add(embedded[i]);
            }

            int[][] members = [.. groups.Select(g => g.ToArray())];
            var packed = new sbyte[embedded.Length * width];
            var packedScales = new float[embedded.Length];
            var packedMean = new float[embedded.Length];
            var packedInverseSpread = new float[embedded.Length];
            var groupStart = new int[k];
            var at = 0;
            for (var c = 0; c < k; c++)
            {
                groupStart[c] = at;
                foreach (var m in members[c])
                {
                    values.AsSpan(m * stride, width).CopyTo(packed.AsSpan(at * width, width));
                    packedScales[at] = scales[m * parts];
                    (packedMean[at], var spread) = space.Backdrop(m, 0, asGiver: true);
                    packedInverseSpread[at] = 1 / spread;
                    at++;
                }
            }

            return new Clusters(width, centres, members, packed, packedScales, groupStart, packedMean, packedInverseSpread);
        }

        /// <summary>
        /// The <paramref name="count"/> offers that answer a's ask best by the first model's calibrated score (so an offer
        /// close to every ask is no one's first candidate), among the groups whose
        /// centres are nearest to it (at most <see cref="ScanCap"/> offers read, a very large group from a member-specific offset).
        /// </summary>
        public int[] Closest(SentenceSpace space, int a, float[] query, int count)
        {
            (var values, var scales, var stride, _, var parts) = space.Segment0(asks: true);
            Load(values, scales, stride, parts, a, query);
            ReadOnlySpan<sbyte> ask = values.AsSpan(a * stride, Width);
            var askScale = scales[a * parts];
            (var rowMean, var rowSpread) = space.Backdrop(a, 0, asGiver: false);
            var inverseRowSpread = 1 / rowSpread;
            var rowShift = rowMean * inverseRowSpread;
            Span<int> best = stackalloc int[Probes];
            Span<float> bestScore = stackalloc float[Probes];
            var kept = 0;
            for (var c = 0; c < Count; c++)
            {
                var score = System.Numerics.Tensors.TensorPrimitives.Dot(query, _centres.AsSpan(c * Width, Width));
                if (kept == Probes && score <= bestScore[kept - 1])
                {
                    continue;
                }

                var at = Math.Min(kept, Probes - 1);
                while (at > 0 && score > bestScore[at - 1])
                {
                    best[at] = best[at - 1];
                    bestScore[at] = bestScore[at - 1];
                    at--;
                }

                best[at] = c;
                bestScore[at] = score;
                kept = Math.Min(kept + 1, Probes);
            }

            // Best first, plus the first few that clear the bar in this member's own scan order: when hundreds of offers
            // are equally good, everyone's best few would be the same people, and most askers would be left waiting.
            TopList top = new(count);
            List<int> spread = new(count / 2);
            var scanned = 0;
            foreach (var c in best[..kept])
            {
                var group = _groups[c];
                var take = Math.Min(group.Length, ScanCap - scanned);
                var start = group.Length > take ? (int)((uint)(a * 2654435761u) % (uint)group.Length) : 0;
                for (var t = 0; t < take; t++)
                {
                    var position = (start + t) % group.Length;
                    var b = group[position];
                    if (b != a)
                    {
                        var packedAt = _groupStart[c] + position;
                        var cosine = askScale * _packedScales[packedAt] * Quantised.Dot(ask, _packed.AsSpan(packedAt * Width, Width));
                        var score = (cosine * inverseRowSpread) + ((cosine - _packedMean[packedAt]) * _packedInverseSpread[packedAt]);
                        top.Offer(b, score);
                        if (spread.Count < count / 2 && score - rowShift >= 2 * MatchTuning.SentenceThreshold)
                        {
                            spread.Add(b);
                        }
                    }
                }

                scanned += take;
                if (scanned >= ScanCap)
                {
                    break;
                }
            }

            return [.. top.Members().Union(spread)];
        }

        private static int[] Assign(sbyte[] values, float[] scales, int stride, int width, int parts, float[] centres, int k, int[] members)
        {
            var nearest = new int[members.Length];
            Parallel.For(0, members.Length, () => new float[width], (i, _, v) =>
            {
                Load(values, scales, stride, parts, members[i], v);
                var best = 0;
                var bestScore = float.MinValue;
                for (var c = 0; c < k; c++)
                {
                    var score = System.Numerics.Tensors.TensorPrimitives.Dot(v, centres.AsSpan(c * width, width));
                    if (score > bestScore)
                    {
                        bestScore = score;
                        best = c;
                    }
                }

                nearest[i] = best;
                return v;
            }, _ => { });
            return nearest;
        }

        private static void Load(sbyte[] values, float[] scales, int stride, int parts, int member, Span<float> into)
        {
            var scale = scales[member * parts];
            ReadOnlySpan<sbyte> stored = values.AsSpan(member * stride, into.Length);
            for (var d = 0; d < into.Length; d++)
            {
                into[d] = stored[d] * scale;
            }
        }
    }
}
