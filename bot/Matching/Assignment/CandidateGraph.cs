using ConnectorBot.Matching.Meaning;
using ConnectorBot.Matching.Scoring;

namespace ConnectorBot.Matching.Assignment;

/// <summary>
/// The sparse graph the assignment runs on: for each member, the few partners worth scoring, found through inverted
/// indexes over need and give features instead of all n² pairs. Long posting lists (common features) are read only
/// in part, starting at a per-member offset so popular members are not everyone's candidate. On a round with sentence
/// embeddings, each member's nearest partners in meaning join the lexical ones before every candidate is scored.
/// </summary>
public static class CandidateGraph
{
    private const int PostingCap = 48;
    private const int QueryFeatures = 12;
    private const int ShortlistFactor = 2;

    public static List<Edge> Build(RoundScore score, Func<int, int, bool> allowed, RoundOptions options, Func<int, int, double>? weightBoost = null)
    {
        var model = score.Lexical;
        var n = model.Count;
        if (n < 2)
        {
            return [];
        }

        var giveIndex = Invert(model.Gives, model.FeatureKeys.Length);
        var needIndex = Invert(model.Needs, model.FeatureKeys.Length);
        var perMember = options.CandidatesPerMember;
        var near = score.Sentences is { } space ? SentenceCandidates.Find(space, n, perMember) : null;
        var nearest = near is null ? 0 : near.Max(list => list.Length);
        // First every member's lexical shortlist (fixed chunks, one accumulator each: a dense array per member range). A member
        // with vectors keeps a shorter one: their partners in meaning come from the sentence search.
        var lexicalCount = perMember * ShortlistFactor;
        var lexical = new int[n][];
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, n, Math.Max(256, n / 32)), range =>
        {
            Accumulator acc = new(n);
            var top = new int[lexicalCount];
            for (var a = range.Item1; a < range.Item2; a++)
            {
                acc.Clear();
                Accumulate(acc, model.Needs[a], giveIndex, a);
                Accumulate(acc, model.Gives[a], needIndex, a);
                lexical[a] = top[..acc.Top(near is not null && score.Sentences!.Has(a) ? perMember : lexicalCount, a, top)];
            }
        });

        if (near is not null)
        {
            score.ConsultWordsOnlyFor(lexical);
        }

        // Then each member's shortlist, lexical and in meaning, scored.
        var found = new Edge[n][];
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, n, Math.Max(256, n / 32)), range =>
        {
            HashSet<int> listed = [];
            List<int> shortlist = new(lexicalCount + nearest);
            List<Edge> edges = new(lexicalCount);
            for (var a = range.Item1; a < range.Item2; a++)
            {
                edges.Clear();
                shortlist.Clear();
                shortlist.AddRange(lexical[a]);
                if (near is not null)
                {
                    listed.Clear();
                    listed.UnionWith(lexical[a]);
                    foreach (var b in near[a])
                    {
                        if (listed.Add(b))
                        {
                            shortlist.Add(b);
                        }
                    }
                }

                foreach (var b in shortlist)
                {
                    if (!allowed(a, b))
                    {
                        continue;
                    }

                    var pair = score.Pair(a, b);
                    if (pair >= score.Threshold)
                    {
                        var weight = Math.Pow(pair, score.AssignmentPower);
                        edges.Add(a < b ? new Edge(a, b, weight) : new Edge(b, a, weight));
                    }
                }

                edges.Sort(Edge.HeaviestFirst);
                found[a] = [.. edges.Take(perMember)];
            }
        });

        HashSet<(int, int)> seen = [];
        List<Edge> all = [];
        foreach (var edges in found)
        {
            foreach (var e in edges)
            {
                if (seen.Add((e.U, e.V)))
                {
                    all.Add(weightBoost is null ? e : e with { Weight = e.Weight + weightBoost(e.U, e.V) });
                }
            }
        }

        return all;
    }

    private static void Accumulate(Accumulator acc, SparseVector query, Posting[][] index, int self)
    {
        // Only the query's strongest features drive the search; the exact score is computed afterwards anyway. A small
        // insertion into a fixed top list (heaviest first, lower position first among equals) instead of sorting them all.
        Span<int> order = stackalloc int[QueryFeatures];
        var kept = 0;
        for (var k = 0; k < query.Ids.Length; k++)
        {
            var w = query.Weights[k];
            var at = kept;
            while (at > 0 && query.Weights[order[at - 1]] < w)
            {
                at--;
            }

            if (at >= QueryFeatures)
            {
                continue;
            }

            for (var m = Math.Min(kept, QueryFeatures - 1); m > at; m--)
            {
                order[m] = order[m - 1];
            }

            order[at] = k;
            kept = Math.Min(kept + 1, QueryFeatures);
        }

        foreach (var k in order[..kept])
        {
            var postings = index[query.Ids[k]];
            var q = query.Weights[k];
            var take = Math.Min(postings.Length, PostingCap);
            var start = postings.Length > PostingCap ? (int)((uint)(self * 2654435761u) % (uint)postings.Length) : 0;
            for (var t = 0; t < take; t++)
            {
                var p = postings[(start + t) % postings.Length];
                if (p.Member != self)
                {
                    acc.Add(p.Member, q * p.Weight);
                }
            }
        }
    }

    private static Posting[][] Invert(SparseVector[] vectors, int featureCount)
    {
        var counts = new int[featureCount];
        foreach (var v in vectors)
        {
            foreach (var id in v.Ids)
            {
                counts[id]++;
            }
        }

        var index = new Posting[featureCount][];
        for (var f = 0; f < featureCount; f++)
        {
            index[f] = new Posting[counts[f]];
            counts[f] = 0;
        }

        for (var m = 0; m < vectors.Length; m++)
        {
            var v = vectors[m];
            for (var k = 0; k < v.Ids.Length; k++)
            {
                index[v.Ids[k]][counts[v.Ids[k]]++] = new Posting(m, v.Weights[k]);
            }
        }

        return index;
    }

    private readonly record struct Posting(int Member, float Weight);

    /// <summary>A dense score array with a list of touched slots, reused per thread so each member costs only its postings.</summary>
    private sealed class Accumulator(int size)
    {
        private readonly float[] _scores = new float[size];
        private readonly List<int> _touched = [];

        public void Add(int member, float value)
        {
            if (_scores[member] == 0)
            {
                _touched.Add(member);
            }

            _scores[member] += value;
        }

        /// <summary>
        /// The <paramref name="count"/> highest-scoring touched members other than <paramref name="self"/>, best first
        /// (the lower index first among equals), written into <paramref name="into"/>; returns how many there were.
        /// </summary>
        public int Top(int count, int self, Span<int> into)
        {
            // Kept in order in a small array: after the first few members most fall below the last place at one comparison.
            var kept = 0;
            foreach (var m in _touched)
            {
                if (m == self)
                {
                    continue;
                }

                var score = _scores[m];
                if (kept == count && !Better(score, m, into[kept - 1]))
                {
                    continue;
                }

                var at = Math.Min(kept, count - 1);
                while (at > 0 && Better(score, m, into[at - 1]))
                {
                    into[at] = into[at - 1];
                    at--;
                }

                into[at] = m;
                kept = Math.Min(kept + 1, count);
            }

            return kept;
        }

        private bool Better(float score, int member, int than) => score > _scores[than] || (score == _scores[than] && member < than);

        public void Clear()
        {
            foreach (var m in _touched)
            {
                _scores[m] = 0;
            }

            _touched.Clear();
        }
    }
}
